import Foundation
import Testing

/// `specc diff` as CI runs it: exit codes, formats, `--fail-on`, git revisions, bad input.
@Suite struct DiffCommandTests {
    static let old = """
        openapi: 3.1.0
        info: {title: Pets, version: "1"}
        paths:
          /pets:
            post:
              operationId: addPet
              requestBody:
                required: true
                content: {application/json: {schema: {$ref: 'schemas.yaml#/Pet'}}}
              responses: {"201": {description: Added.}}
        """
    static let schemas = "Pet: {type: object, properties: {name: {type: string, maxLength: 20}}}\n"

    @Test func exitCodesFollowFailOn() throws {
        let directory = try CLIRunner.workspace([
            "old.yaml": Self.old, "new.yaml": Self.old.replacingOccurrences(of: "schemas.yaml", with: "schemas2.yaml"),
            "schemas.yaml": Self.schemas, "schemas2.yaml": Self.schemas.replacingOccurrences(of: "20", with: "10"),
        ])
        let plain = try CLIRunner.run(["diff", "old.yaml", "new.yaml", "--today", "2026-01-01"], in: directory)
        #expect(plain.status == 0, "no --fail-on: a report, not a gate")
        #expect(plain.stdout == "schemas2.yaml:1:40: breaking: schema Pet: name: maxLength decreased from 20 to 10. (affects POST /pets) [request-max-length-decreased]\n1 breaking, 0 source, 0 warning, 0 info\n")
        let gated = try CLIRunner.run(["diff", "old.yaml", "new.yaml", "--fail-on", "breaking"], in: directory)
        #expect(gated.status == 1)
        let same = try CLIRunner.run(["diff", "old.yaml", "old.yaml", "--fail-on", "warning"], in: directory)
        #expect(same.status == 0)
        #expect(same.stdout == "No changes.\n")
        let json = try CLIRunner.run(["diff", "old.yaml", "new.yaml", "--format", "json"], in: directory)
        #expect(json.stdout.contains("\"rule\" : \"request-max-length-decreased\"") || json.stdout.contains("\"rule\": \"request-max-length-decreased\""))
    }

    @Test func invalidInputExitsTwoWithLocatedDiagnostics() throws {
        let directory = try CLIRunner.workspace(["old.yaml": Self.old, "schemas.yaml": Self.schemas, "broken.yaml": "openapi: 3.1.0\ninfo: {title: x\n"])
        let broken = try CLIRunner.run(["diff", "old.yaml", "broken.yaml"], in: directory)
        #expect(broken.status == 2)
        #expect(broken.stdout.isEmpty)
        #expect(broken.stderr.hasPrefix("broken.yaml:3:1: error:"), "\(broken.stderr)")
        let missing = try CLIRunner.run(["diff", "old.yaml", "nowhere.yaml"], in: directory)
        #expect(missing.status == 2)
        let usage = try CLIRunner.run(["diff", "old.yaml"], in: directory)
        #expect(usage.status == 64)
        let level = try CLIRunner.run(["diff", "old.yaml", "old.yaml", "--fail-on", "info"], in: directory)
        #expect(level.status == 64)
    }

    /// Real specs break REQUIREDs that do not stop a review: the diff reads them with located
    /// warnings and compares; what it cannot read at all still exits 2.
    @Test func specsThatBreakARequiredAreStillCompared() throws {
        let lax = Self.old.replacingOccurrences(of: "{description: Added.}", with: "{content: {application/json: {schema: {type: object}}}}")
        let directory = try CLIRunner.workspace([
            "old.yaml": Self.old, "lax.yaml": lax, "schemas.yaml": Self.schemas,
            "dangling.yaml": Self.old.replacingOccurrences(of: "schemas.yaml#/Pet", with: "schemas.yaml#/Nothing"),
        ])
        let read = try CLIRunner.run(["diff", "old.yaml", "lax.yaml", "--fail-on", "breaking"], in: directory)
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stderr.contains("lax.yaml:") && read.stderr.contains("warning: ") && read.stderr.contains("'description'"), "\(read.stderr)")
        #expect(read.stdout.contains("response-media-type-added"), "\(read.stdout)")
        // The same spec is still an error where specc generates from it.
        let validated = try CLIRunner.run(["validate", "lax.yaml"], in: directory)
        #expect(validated.status != 0)
        let dangling = try CLIRunner.run(["diff", "old.yaml", "dangling.yaml"], in: directory)
        #expect(dangling.status == 2)
        #expect(dangling.stderr.contains("error:"), "\(dangling.stderr)")
    }

    @Test func readsTheBaseFromAGitRevision() throws {
        let directory = try CLIRunner.workspace(["specs/pets.yaml": Self.old, "specs/schemas.yaml": Self.schemas])
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"] + arguments
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        try git("init", "-q", "-b", "main")
        try git("add", ".")
        try git("commit", "-q", "-m", "v1")
        try Self.schemas.replacingOccurrences(of: "maxLength: 20", with: "maxLength: 10")
            .write(to: directory.appendingPathComponent("specs/schemas.yaml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["diff", "main:specs/pets.yaml", "specs/pets.yaml", "--format", "markdown", "--fail-on", "breaking"], in: directory)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("| schema Pet: name | maxLength decreased from 20 to 10. (affects POST /pets) | `request-max-length-decreased` |"), "\(result.stdout)")
        let unknown = try CLIRunner.run(["diff", "nope:specs/pets.yaml", "specs/pets.yaml"], in: directory)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("error: cannot read nope:specs/pets.yaml from git:"))
    }

    @Test func listsRulesAsTheREADMEDoes() throws {
        let result = try CLIRunner.run(["diff", "--list-rules"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("| Rule | Level | Reports |\n"))
        #expect(result.stdout.split(separator: "\n").count >= 62)
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(result.stdout), "README's rule table is stale: paste `specc diff --list-rules` into it")
    }
}
