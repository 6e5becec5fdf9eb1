import Foundation
import Testing

@Suite struct GenerateCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The valid spec the other CLI tests use: one operation, `GET /pets`.
    static let spec = CLITests.valid

    @Test func checkPassesOnTheCommittedGoldens() throws {
        // What CI gates on: Generated/ is exactly what Specs/ produce.
        let result = try CLIRunner.run(["generate", "--check"], in: Self.repository)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("files up to date\n"))
    }

    @Test func generateWritesThenCheckFindsStaleFiles() throws {
        let directory = try CLIRunner.workspace(["pets.yaml": Self.spec])
        let first = try CLIRunner.run(["generate", "--spec", "pets.yaml", "--output", "out"], in: directory)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "6 files generated, 6 changed\n", "3 docs pages, Client.swift, Server.swift and models/APIProtocol.swift (no schemas, so no other models)")
        let again = try CLIRunner.run(["generate", "--spec", "pets.yaml", "--output", "out"], in: directory)
        #expect(again.stdout == "6 files generated, 0 changed\n")

        let index = directory.appendingPathComponent("out/pets/docs/index.md")
        try "edited by hand\n".write(to: index, atomically: true, encoding: .utf8)
        try "old page\n".write(to: directory.appendingPathComponent("out/pets/docs/removed.md"), atomically: true, encoding: .utf8)
        let check = try CLIRunner.run(["generate", "--spec", "pets.yaml", "--output", "out", "--check"], in: directory)
        #expect(check.status == 1)
        #expect(check.stdout == "changed: out/pets/docs/index.md\nstale: out/pets/docs/removed.md\n")
        #expect(try String(contentsOf: index, encoding: .utf8) == "edited by hand\n", "--check writes nothing")
    }

    @Test func staleFilesAreRemovedOnlyInsideOwnedFolders() throws {
        let directory = try CLIRunner.workspace(["pets.yaml": Self.spec])
        _ = try CLIRunner.run(["generate", "--spec", "pets.yaml", "--output", "out"], in: directory)
        let stale = directory.appendingPathComponent("out/pets/docs/old.md")
        let foreign = directory.appendingPathComponent("out/pets/notes.md")
        try "x".write(to: stale, atomically: true, encoding: .utf8)
        try "mine".write(to: foreign, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["generate", "--spec", "pets.yaml", "--output", "out"], in: directory)
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: foreign.path), "files outside the emitter folders are never touched")
    }

    /// A link in an owned folder to a folder elsewhere is not followed: what it leads to is not
    /// the run's to remove, and a loop of links lists nothing twice.
    @Test func linksToFoldersInsideOwnedFoldersAreNotFollowed() throws {
        let directory = try CLIRunner.workspace(["pets.yaml": Self.spec, "shared/notes.md": "mine"])
        _ = try CLIRunner.run(["generate", "--spec", "pets.yaml", "--output", "out"], in: directory)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("out/pets/docs/shared").path, withDestinationPath: "../../../shared")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("out/pets/docs/loop").path, withDestinationPath: ".")
        let check = try CLIRunner.run(["generate", "--spec", "pets.yaml", "--output", "out", "--check"], in: directory)
        #expect(check.status == 0, "\(check.stdout)")
        let result = try CLIRunner.run(["generate", "--spec", "pets.yaml", "--output", "out"], in: directory)
        #expect(result.stdout == "6 files generated, 0 changed\n", "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("shared/notes.md").path))
    }

    @Test func aBrokenSpecWritesNothingAndKeepsPreviousOutput() throws {
        let directory = try CLIRunner.workspace(["pets.yaml": Self.spec, "other.yaml": Self.spec.replacingOccurrences(of: "Pets", with: "Other")])
        _ = try CLIRunner.run(["generate", "--spec", "pets.yaml", "--spec", "other.yaml", "--output", "out"], in: directory)
        let index = directory.appendingPathComponent("out/other/docs/index.md")
        let before = try String(contentsOf: index, encoding: .utf8)
        // other.yaml changes, pets.yaml breaks: neither may be written.
        try Self.spec.replacingOccurrences(of: "Pets", with: "Renamed").write(to: directory.appendingPathComponent("other.yaml"), atomically: true, encoding: .utf8)
        try Self.spec.replacingOccurrences(of: "version: 1.0.0", with: "").write(to: directory.appendingPathComponent("pets.yaml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["generate", "--spec", "pets.yaml", "--spec", "other.yaml", "--output", "out"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("pets.yaml:2:7: error: info is missing the required field 'version'"))
        #expect(result.stderr.contains("nothing written"))
        #expect(try String(contentsOf: index, encoding: .utf8) == before)
    }

    @Test func unknownEmitterIsABadArgument() throws {
        let result = try CLIRunner.run(["generate", "--emit", "docs,pdf"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown emitter 'pdf'"))
    }

    @Test func templatesExportWritesTheBuiltinsAndKeepsExistingFiles() throws {
        let directory = try CLIRunner.workspace([:])
        let first = try CLIRunner.run(["templates", "export", "mine"], in: directory)
        #expect(first.status == 0)
        let operation = directory.appendingPathComponent("mine/markdown/operation.mustache")
        #expect(try String(contentsOf: operation, encoding: .utf8).hasPrefix("{{% CONTENT_TYPE: TEXT}}"))
        try "custom".write(to: operation, atomically: true, encoding: .utf8)
        let second = try CLIRunner.run(["templates", "export", "mine"], in: directory)
        #expect(second.stderr.contains("operation.mustache exists; not overwritten"))
        #expect(try String(contentsOf: operation, encoding: .utf8) == "custom")
    }
}

/// `specc generate-sources`: the build plugin's fixed files, and its config.
@Suite struct GenerateSourcesCommandTests {
    static let spec = GenerateCommandTests.spec

    @Test func writesTheFixedFilesFollowingTheConfig() throws {
        let directory = try CLIRunner.workspace(["pets.yaml": Self.spec, "specc-config.yaml": "generate: [types, server]\naccessModifier: internal\n"])
        let result = try CLIRunner.run(["generate-sources", "--spec", "pets.yaml", "--config", "specc-config.yaml", "--output", "out"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path).sorted()
        #expect(files == ["Client.swift", "Server.swift", "Types.swift", "Webhooks.swift"])
        let client = try String(contentsOf: directory.appendingPathComponent("out/Client.swift"), encoding: .utf8)
        #expect(client == "// Generated by specc from pets.yaml. Do not edit.\n", "not asked for: only the header")
        let server = try String(contentsOf: directory.appendingPathComponent("out/Server.swift"), encoding: .utf8)
        #expect(server.contains("internal func registerHandlers("))
        let types = try String(contentsOf: directory.appendingPathComponent("out/Types.swift"), encoding: .utf8)
        #expect(types.contains("internal protocol APIProtocol"))
        #expect(!types.contains("public "))
        #expect(types.components(separatedBy: "// Generated by specc").count == 2, "one header in the merged file")
    }

    @Test func aBadConfigIsLocatedAndWritesNothing() throws {
        let directory = try CLIRunner.workspace(["pets.yaml": Self.spec, "specc-config.yaml": "generate: [client, sdk]\naccess: internal\n"])
        let result = try CLIRunner.run(["generate-sources", "--spec", "pets.yaml", "--config", "specc-config.yaml", "--output", "out"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr == """
            specc-config.yaml:1:20: error: generate takes types, client and server, not 'sdk' [config-generate]
            specc-config.yaml:2:1: error: unknown setting 'access'; did you mean 'accessModifier'? (known: generate, accessModifier, namingStrategy, nameOverrides, typeOverrides, additionalImports, additionalFileComments, filter, typesFiles, templates) [config-unknown-key]

            """)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }
}

extension GenerateSourcesCommandTests {
    static let petSpec = """
        openapi: 3.1.0
        info: {title: Pets, version: "1"}
        paths:
          /pets:
            get:
              operationId: listPets
              responses: {"200": {description: Pets., content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}}
        components:
          schemas:
            Pet: {type: object, properties: {kind: {type: string, enum: [cat, dog]}}}
        """

    @Test func nameOverridesRenameSchemasAndTheirInlineTypes() throws {
        let directory = try CLIRunner.workspace(["pets.yaml": Self.petSpec, "specc-config.yaml": "nameOverrides:\n  Pet: Animal\n  listPets: fetchAnimals\n"])
        let result = try CLIRunner.run(["generate-sources", "--spec", "pets.yaml", "--config", "specc-config.yaml", "--output", "out"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let types = try String(contentsOf: directory.appendingPathComponent("out/Types.swift"), encoding: .utf8)
        #expect(types.contains("public struct Animal: Codable"))
        #expect(types.contains("public enum AnimalKind: RawRepresentable"))
        #expect(types.contains("case ok([Animal])"))
        #expect(!types.contains("Pet:"))
        let client = try String(contentsOf: directory.appendingPathComponent("out/Client.swift"), encoding: .utf8)
        #expect(client.contains("public func fetchAnimals("), "an operationId is a name too")

        let bad = try CLIRunner.workspace(["pets.yaml": Self.petSpec, "specc-config.yaml": "nameOverrides: {Pet: 9lives}\n"])
        let refused = try CLIRunner.run(["generate-sources", "--spec", "pets.yaml", "--config", "specc-config.yaml", "--output", "out"], in: bad)
        #expect(refused.status == 1)
        #expect(refused.stderr == "specc-config.yaml:1:22: error: '9lives' is not a Swift name (a letter or _, then letters, digits or _) [config-name-overrides]\n")
    }

    static let zooSpec = """
        openapi: 3.1.0
        info: {title: Zoo, version: "1"}
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [Pets]
              responses: {"200": {description: Pets., content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}}
          /keepers/{id}:
            get:
              operationId: getKeeper
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses: {"200": {description: A keeper., content: {application/json: {schema: {$ref: '#/components/schemas/Keeper'}}}}}
          /tickets:
            post:
              operationId: buyTicket
              responses: {"201": {description: Bought., content: {application/json: {schema: {$ref: '#/components/schemas/Ticket'}}}}}
        components:
          schemas:
            Pet: {type: object, properties: {name: {type: string}, keeper: {$ref: '#/components/schemas/Keeper'}}}
            Keeper: {type: object, properties: {name: {type: string}}}
            Ticket: {type: object, properties: {price: {type: number}}}
        """

    /// `typeOverrides` puts existing types in place of schemas (none generated) and of a
    /// format's values.
    @Test func existingTypesReplaceSchemasAndFormats() throws {
        let spec = Self.zooSpec.replacingOccurrences(of: "Keeper: {type: object, properties: {name: {type: string}}}",
                                                     with: "Keeper: {type: object, properties: {name: {type: string}, badge: {type: string, format: uuid}}}")
        let config = "typeOverrides:\n  schemas: {Ticket: Billing.Ticket}\n  formats:\n    uuid: Foundation.UUID\n"
        let directory = try CLIRunner.workspace(["zoo.yaml": spec, "specc-config.yaml": config])
        let result = try CLIRunner.run(["generate-sources", "--spec", "zoo.yaml", "--config", "specc-config.yaml", "--output", "out"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let types = try String(contentsOf: directory.appendingPathComponent("out/Types.swift"), encoding: .utf8)
        #expect(types.contains("public let badge: Foundation.UUID?"))
        #expect(types.contains("case created(Billing.Ticket)"))
        #expect(!types.contains("struct Ticket"), "no type is generated for a replaced schema")
    }

    /// `additionalFileComments` go under the header of every generated file, one comment line each.
    @Test func additionalFileCommentsFollowTheHeader() throws {
        let directory = try CLIRunner.workspace(["zoo.yaml": Self.zooSpec, "specc-config.yaml": "additionalFileComments: ['swiftlint:disable all', 'Owned by the zoo team.']\n"])
        let result = try CLIRunner.run(["generate-sources", "--spec", "zoo.yaml", "--config", "specc-config.yaml", "--output", "out"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        for file in ["Types.swift", "Client.swift", "Server.swift"] {
            let text = try String(contentsOf: directory.appendingPathComponent("out/\(file)"), encoding: .utf8)
            #expect(text.hasPrefix("// Generated by specc from zoo.yaml. Do not edit.\n// swiftlint:disable all\n// Owned by the zoo team.\n"), "\(file)")
        }
    }

    /// `filter` keeps the operations it names (by id, tag or path) and the schemas they reach.
    @Test func filterKeepsTheNamedOperationsAndTheSchemasTheyNeed() throws {
        let directory = try CLIRunner.workspace(["zoo.yaml": Self.zooSpec, "specc-config.yaml": "filter:\n  tags: [Pets]\n  paths: ['/keepers/{id}']\n"])
        let result = try CLIRunner.run(["generate-sources", "--spec", "zoo.yaml", "--config", "specc-config.yaml", "--output", "out"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let types = try String(contentsOf: directory.appendingPathComponent("out/Types.swift"), encoding: .utf8)
        let client = try String(contentsOf: directory.appendingPathComponent("out/Client.swift"), encoding: .utf8)
        #expect(client.contains("func listPets(") && client.contains("func getKeeper("))
        #expect(!client.contains("buyTicket"))
        #expect(types.contains("public struct Pet:") && types.contains("public struct Keeper:"), "Keeper is reached through Pet too")
        #expect(!types.contains("Ticket"))

        let typo = try CLIRunner.workspace(["zoo.yaml": Self.zooSpec, "specc-config.yaml": "filter:\n  operations: [listPet]\n  colours: [red]\n"])
        let refused = try CLIRunner.run(["generate-sources", "--spec", "zoo.yaml", "--config", "specc-config.yaml", "--output", "out"], in: typo)
        #expect(refused.status == 1)
        #expect(refused.stderr == "specc-config.yaml:3:3: error: unknown filter 'colours' (known: operations, tags, paths) [config-filter]\n")
        let unknown = try CLIRunner.workspace(["zoo.yaml": Self.zooSpec, "specc-config.yaml": "filter:\n  operations: [listPet]\n"])
        let missing = try CLIRunner.run(["generate-sources", "--spec", "zoo.yaml", "--config", "specc-config.yaml", "--output", "out"], in: unknown)
        #expect(missing.status == 1)
        #expect(missing.stderr == "specc-config.yaml:2:16: error: the spec has no operationId 'listPet'; did you mean 'listPets'? [config-filter-unknown]\n")
        #expect(!FileManager.default.fileExists(atPath: unknown.appendingPathComponent("out").path))
    }
}

/// `specc generate` run again: a rerun that would change nothing prints what the full run did.
@Suite struct GenerateRerunTests {
    static let split = """
        openapi: 3.1.0
        info: {title: Split, version: '1'}
        paths:
          /pets:
            get: {$ref: 'list-pets.yaml'}
        """

    @Test func aRerunPrintsTheSameWarningsAndAnEditedRefIsRead() throws {
        let directory = try CLIRunner.workspace(["split.yaml": Self.split, "list-pets.yaml": "responses: {'200': {description: all the pets}}\n"])
        let arguments = ["generate", "--spec", "split.yaml", "--output", "out", "--emit", "docs"]
        let first = try CLIRunner.run(arguments, in: directory)
        #expect(first.status == 0)
        #expect(first.stderr.contains("[ref-not-portable]"))
        let again = try CLIRunner.run(arguments, in: directory)
        #expect(again.stderr == first.stderr)
        #expect(again.stdout == "3 files generated, 0 changed\n", "\(first.stdout)")
        try "responses: {'200': {description: every pet}}\n".write(to: directory.appendingPathComponent("list-pets.yaml"), atomically: true, encoding: .utf8)
        let edited = try CLIRunner.run(arguments, in: directory)
        #expect(edited.stdout.hasSuffix(" 1 changed\n"), "\(edited.stdout)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out/split/docs").path)
        let texts = try pages.map { try String(contentsOf: directory.appendingPathComponent("out/split/docs/\($0)"), encoding: .utf8) }
        #expect(texts.contains { $0.contains("every pet") })
        let forced = try CLIRunner.run(arguments + ["--no-cache"], in: directory)
        #expect(forced.stdout == "3 files generated, 0 changed\n")
    }
}

/// `--schema-layout`: switching layouts leaves exactly the new layout's files, and no folder the
/// old one emptied.
@Suite struct SchemaLayoutCommandTests {
    static let spec = """
        openapi: 3.1.0
        info: {title: Pets, version: 1.0.0}
        paths:
          /pets:
            post:
              operationId: addPet
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
              responses:
                '201': {description: created}
        components:
          schemas:
            Pet:
              type: object
              properties:
                name: {type: string}
        """

    @Test func switchingLayoutsLeavesOnlyTheNewLayout() throws {
        let directory = try CLIRunner.workspace(["pets.yaml": Self.spec])
        let schemas = directory.appendingPathComponent("out/pets/schemas").path
        func generate(_ layout: String) throws -> [String] {
            let result = try CLIRunner.run(["generate", "--spec", "pets.yaml", "--output", "out", "--emit", "schemas", "--schema-layout", layout], in: directory)
            #expect(result.status == 0, "\(result.stderr)")
            return (FileManager.default.subpaths(atPath: schemas) ?? []).sorted()
        }
        #expect(try generate("files") == ["components", "components/Pet.json", "operations", "operations/addPet.request.json"])
        #expect(try generate("bundle") == ["bundle.json"])
        let bundle = try String(contentsOfFile: schemas + "/bundle.json", encoding: .utf8)
        #expect(bundle.contains("\"$ref\": \"#/$defs/components/$defs/Pet\""))
        #expect(bundle.contains("\"$id\": \"https://specc.invalid/pets/schemas/bundle.json\""))
        #expect(try generate("both") == ["bundle.json", "components", "components/Pet.json", "operations", "operations/addPet.request.json"])
        #expect(try generate("files") == ["components", "components/Pet.json", "operations", "operations/addPet.request.json"])
    }
}

/// A write that fails is reported, and no stale file is removed after it.
@Suite struct GenerateWriteFailureTests {
    @Test func aFolderThatCannotBeCreatedFailsTheRunAndRemovesNothing() throws {
        let directory = try CLIRunner.workspace(["pets.yaml": SchemaLayoutCommandTests.spec])
        let arguments = ["generate", "--spec", "pets.yaml", "--output", "out", "--emit", "docs,schemas"]
        #expect(try CLIRunner.run(arguments, in: directory).status == 0)
        let stale = directory.appendingPathComponent("out/pets/schemas/components/Old.json").path
        try "{}".write(toFile: stale, atomically: true, encoding: .utf8)
        let docs = directory.appendingPathComponent("out/pets/docs").path
        try FileManager.default.removeItem(atPath: docs)
        try "in the way".write(toFile: docs, atomically: true, encoding: .utf8)
        let failed = try CLIRunner.run(arguments, in: directory)
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("cannot create out/pets/docs"), "\(failed.stderr)")
        #expect(FileManager.default.fileExists(atPath: stale), "no removal after a failed write")
        try FileManager.default.removeItem(atPath: docs)
        let fixed = try CLIRunner.run(arguments, in: directory)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: docs + "/index.md"))
    }
}
