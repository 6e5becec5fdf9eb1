import Foundation
@testable @_spi(Generated) import SpeccRuntime
import Testing

/// The official JSON Schema Test Suite (draft 2020-12, every required case) run through the
/// validator generated servers use. See `Fixtures/JSONSchemaTestSuite/README.md` for what is
/// registered and why `optional/` is not run.
@Suite struct JSONSchemaTestSuiteTests {
    static let root = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/JSONSchemaTestSuite")

    static let files: [String] = {
        let folder = root.appendingPathComponent("tests/draft2020-12")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()

    /// Every remote and meta-schema, under the URI the suite's cases use for it.
    static let remotes: [(uri: String, json: AnyJSON)] = {
        var documents: [(String, AnyJSON)] = []
        func add(_ folder: String, as prefix: String) {
            let base = root.appendingPathComponent(folder)
            let paths = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
            for path in paths.sorted() where path.hasSuffix(".json") {
                let data = try! Data(contentsOf: base.appendingPathComponent(path))
                documents.append((prefix + path, try! JSONCoding.decode(AnyJSON.self, from: data)))
            }
        }
        add("remotes", as: "http://localhost:1234/")
        add("metaschemas", as: "https://json-schema.org/draft/2020-12/")
        // The meta-schemas are named without `.json`, as their `$id`s are.
        return documents.map { uri, json in (uri.hasPrefix("https://json-schema.org") ? String(uri.dropLast(5)) : uri, json) }
    }()

    struct Case: Decodable {
        let description: String
        let schema: AnyJSON
        let tests: [Test]

        struct Test: Decodable {
            let description: String
            let data: AnyJSON
            let valid: Bool
        }
    }

    @Test func theSuiteIsThere() {
        #expect(Self.files.count >= 46, "the copied suite has 46 files of required cases")
    }

    @Test(arguments: files)
    func requiredCasesPass(_ file: String) throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("tests/draft2020-12/" + file))
        let cases = try JSONDecoder().decode([Case].self, from: data)
        #expect(!cases.isEmpty)
        for (index, testCase) in cases.enumerated() {
            // Each case is its own document, retrieved from a URI of its own.
            let uri = "urn:specc:test-suite:\(file):\(index)"
            let registry = SchemaRegistry(documents: Self.remotes + [(uri, testCase.schema)])
            let schema = try #require(registry.node(at: uri + "#"))
            var validator = SchemaValidator(registry: registry, direction: nil)
            validator.assertsFormats = false
            for test in testCase.tests {
                let issues = validator.validate(test.data, against: schema)
                #expect(issues.isEmpty == test.valid, "\(file): \(testCase.description): \(test.description): \(issues.map { "\($0.pointer) \($0.rule): \($0.detail)" })")
            }
        }
    }
}
