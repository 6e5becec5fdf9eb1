import Foundation
import Testing

@Suite struct CLITests {
    static let valid = """
        openapi: 3.1.0
        info: {title: Pets, version: 1.0.0}
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200': {description: ok}
        """

    static let broken = """
        openapi: 3.1.0
        info: {title: Pets}
        paths:
          /pets/{id}:
            get:
              responses:
                '200': {description: ok}
        """

    @Test func validateSucceedsOnAValidSpec() throws {
        let directory = try CLIRunner.workspace(["pets.yaml": Self.valid])
        let result = try CLIRunner.run(["validate", "pets.yaml"], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout == "pets.yaml: valid (0 errors, 0 warnings)\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func validateReportsEveryErrorAndExits1() throws {
        let directory = try CLIRunner.workspace(["pets.yaml": Self.valid, "broken.yaml": Self.broken])
        let result = try CLIRunner.run(["validate", "pets.yaml", "broken.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr == """
            broken.yaml:2:7: error: info is missing the required field 'version' [missing-field]
            broken.yaml:4:9: error: GET /pets/{id} does not declare path parameter 'id' used in its path [path-parameter-undeclared]
            note: add a parameter with 'name: id', 'in: path' and 'required: true'

            """)
        #expect(result.stdout.contains("pets.yaml: valid"))
        #expect(result.stdout.contains("broken.yaml: invalid (2 errors, 0 warnings)"))
    }

    @Test func strictTurnsNonPortableRefsIntoErrors() throws {
        let directory = try CLIRunner.workspace([
            "split.yaml": """
                openapi: 3.1.0
                info: {title: Split, version: '1'}
                paths:
                  /pets:
                    get: {$ref: 'list-pets.yaml'}
                """,
            "list-pets.yaml": "responses: {'200': {description: ok}}\n",
        ])
        let lenient = try CLIRunner.run(["validate", "split.yaml"], in: directory)
        #expect(lenient.status == 0)
        #expect(lenient.stderr == "split.yaml:5:17: warning: operation 'get' of '/pets' is given as a '$ref', which OpenAPI does not allow here; specc follows it, other tools may not [ref-not-portable]\n")
        let strict = try CLIRunner.run(["validate", "--strict", "split.yaml"], in: directory)
        #expect(strict.status == 1)
        #expect(strict.stderr.hasPrefix("split.yaml:5:17: error: operation 'get' of '/pets' is given as a '$ref'"))
        #expect(strict.stdout == "split.yaml: invalid (1 error, 0 warnings)\n")
    }

    @Test func missingFileIsALocatedError() throws {
        let directory = try CLIRunner.workspace([:])
        let result = try CLIRunner.run(["validate", "nope.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("nope.yaml:1:1: error: no such file 'nope.yaml' [file-unreadable]"))
    }

    @Test func irPrintsSortedStableJSON() throws {
        let directory = try CLIRunner.workspace(["pets.yaml": Self.valid])
        let first = try CLIRunner.run(["ir", "pets.yaml"], in: directory)
        let second = try CLIRunner.run(["ir", "pets.yaml"], in: directory)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let json = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        #expect((json?["info"] as? [String: Any])?["title"] as? String == "Pets")
        let operation = (json?["operations"] as? [[String: Any]])?.first
        #expect(operation?["operationId"] as? String == "listPets")
        #expect(operation?["location"] as? String == "pets.yaml:5:5")
        let topKeys = first.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0) }
        #expect(topKeys == topKeys.sorted())
    }

    @Test func irPrintsNothingOnErrors() throws {
        let directory = try CLIRunner.workspace(["broken.yaml": Self.broken])
        let result = try CLIRunner.run(["ir", "broken.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("broken.yaml:2:7: error:"))
    }

    @Test func badArgumentsExit64() throws {
        let result = try CLIRunner.run(["validate"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Missing expected argument"))
    }

    @Test(arguments: [
        (["--help"], "Compile OpenAPI 3.0, 3.1 and 3.2 specs"),
        (["validate", "--help"], "specc validate Specs/strigo-events.yaml"),
        (["ir", "--help"], "specc ir Specs/strigo-events.yaml > strigo.ir.json"),
    ])
    func helpDescribesEachCommandWithAnExample(_ arguments: [String], _ expected: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains(expected))
    }
}
