import Foundation
import SpeccPipeline
@testable import SpeccSwift
import Testing

/// `RuntimeSymbol` is the one list of what generated Swift names without declaring it. These tests
/// keep it complete (a template or emitter that starts naming a new runtime type fails here) and
/// keep every symbol from being shadowed by a schema's type.
@Suite struct RuntimeSymbolTests {
    static let goldens = ["content-kinds", "edge-cases", "events-feed", "losant-events", "notification-events", "order-hooks", "schema-rules", "secoda-events", "strigo-events",
                          "swift-names", "utilityapi-events"]

    @Test(arguments: goldens)
    func generatedCodeNamesOnlyItsOwnTypesAndRuntimeSymbols(_ spec: String) throws {
        let files = RepositoryFiles.files(under: "Generated/\(spec)").filter { $0.hasSuffix(".swift") }
        try #require(!files.isEmpty)
        let code = files.compactMap { RepositoryFiles.read("Generated/\(spec)/\($0)") }.map(SwiftTokens.init)
        let declared = Set(code.flatMap(\.declaredTypes))
        let known = declared.union(RuntimeSymbol.allCases.map(\.name)).union(GeneratedDeclaration.allCases.map(\.name))
            .union(["Self", "Any", "Generated"])  // `Generated` is the SPI group of `@_spi(Generated) import`
        let unknown = Set(code.flatMap(\.referencedTypes)).subtracting(known)
        #expect(unknown.isEmpty, "generated code names \(unknown.sorted()) without declaring them; add them to RuntimeSymbol")
    }

    /// `Specs/swift-names.yaml` has a schema named after every symbol, so the compiled golden proves
    /// none of them is shadowed; a new symbol needs its schema there.
    @Test func theNamesGoldenHasASchemaNamedAfterEverySymbol() throws {
        let api = try #require(Pipeline.compile(spec: RepositoryFiles.root + "/Specs/swift-names.yaml").api)
        let missing = Set(RuntimeSymbol.allCases.map(\.name) + GeneratedDeclaration.allCases.map(\.name)).subtracting(api.schemaNames)
        #expect(missing.isEmpty, "add schemas named \(missing.sorted()) to Specs/swift-names.yaml")
        let models = ModelCollector(api: api)
        for symbol in RuntimeSymbol.allCases.map(\.name) + GeneratedDeclaration.allCases.map(\.name) {
            #expect(models.namedTypes[symbol] != symbol, "schema \(symbol) must not keep its name")
        }
    }
}

/// The identifiers of a Swift file that matter here: capitalised names it declares as types and
/// capitalised names it refers to (not after a dot: `ClientCore.Response` names `ClientCore`),
/// outside comments and string literals.
struct SwiftTokens {
    var declaredTypes: [String] = []
    var referencedTypes: [String] = []

    init(_ source: String) {
        let scalars = Array(source.unicodeScalars)
        var index = 0
        var previousSignificant: Unicode.Scalar = " "
        var previousWord = ""
        func at(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        func startsWith(_ text: String) -> Bool {
            Array(text.unicodeScalars).enumerated().allSatisfy { at($0.offset) == $0.element }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if startsWith("//") {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
            } else if startsWith("/*") {
                index += 2
                while index < scalars.count, !startsWith("*/") { index += 1 }
                index += 2
            } else if scalar == "#" || scalar == "\"" {
                // A string literal, raw (`#"…"#`) or not, single or multi-line.
                var hashes = 0
                while at(hashes) == "#" { hashes += 1 }
                guard at(hashes) == "\"" else { index += 1; continue }
                index += hashes
                let multiline = startsWith("\"\"\"")
                let quote = multiline ? "\"\"\"" : "\""
                index += quote.unicodeScalars.count
                let close = quote + String(repeating: "#", count: hashes)
                while index < scalars.count, !startsWith(close) {
                    if hashes == 0, scalars[index] == "\\" { index += 1 }
                    index += 1
                }
                index += close.unicodeScalars.count
                previousSignificant = "\""
            } else if scalar.properties.isAlphabetic || scalar == "_" || scalar == "`" {
                var word = ""
                while index < scalars.count, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) || scalars[index] == "_" || scalars[index] == "`" {
                    if scalars[index] != "`" { word.unicodeScalars.append(scalars[index]) }
                    index += 1
                }
                if let first = word.unicodeScalars.first, ("A"..."Z").contains(first) {
                    if ["struct", "enum", "typealias", "protocol", "class", "actor"].contains(previousWord) {
                        declaredTypes.append(word)
                    } else if previousSignificant != "." {
                        referencedTypes.append(word)
                    }
                }
                previousWord = word
                previousSignificant = "a"
            } else {
                if !scalar.properties.isWhitespace { previousSignificant = scalar }
                index += 1
            }
        }
    }
}
