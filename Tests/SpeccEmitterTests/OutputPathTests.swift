import Foundation
@testable import SpeccPipeline
import SpeccTemplating
import Testing

/// The byte-level path helpers the writer uses in place of Foundation's, and the writer's
/// UTF-8 buffer: what files land where, and with which bytes.
@Suite struct OutputPathTests {
    private static let petsSpec = """
        openapi: 3.1.0
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses: {'200': {description: ok}}
        """

    @Test(arguments: [
        ("Generated/stripe/docs/index.md", "Generated/stripe/docs"),
        ("/tmp/out/a.json", "/tmp/out"),
        ("/a", "/"),
        ("/", "/"),
        ("name.md", ""),
        ("out/docs/", "out"),
        ("out/docs//", "out"),
        ("/tmp/é/文書.md", "/tmp/é"),
        ("./a.md", "."),
        ("../out/a.md", "../out"),
        (".", ""),
    ])
    func folderIsWhatComesBeforeTheLastSlash(path: String, folder: String) {
        // Each expected folder is also what Foundation's `deletingLastPathComponent` answers
        // (checked by hand: calling it here traps inside Foundation when cases run in parallel).
        #expect(FileSystem.folder(of: path) == folder)
    }

    /// Unlike Foundation, a doubled slash is not collapsed: the root is trimmed instead, so the
    /// paths built from it have none.
    @Test func doubledSlashIsKeptAndTheRootTrimmed() {
        #expect(FileSystem.folder(of: "out//a.md") == "out/")
        #expect(FileSystem.outputRoot("out/") == "out")
        #expect(FileSystem.outputRoot("out//") == "out")
        #expect(FileSystem.outputRoot("/") == "/")
        #expect(FileSystem.outputRoot("./out") == "./out")
    }

    @Test func temporaryFileIsHiddenBesideTheTarget() {
        #expect(FileSystem.temporaryPath(for: "out/docs/a.md") == "out/docs/.a.md.specc-tmp")
        #expect(FileSystem.temporaryPath(for: "/tmp/é/文書.md") == "/tmp/é/.文書.md.specc-tmp")
        #expect(FileSystem.temporaryPath(for: "a.md") == ".a.md.specc-tmp")
    }

    /// An output root written with a trailing slash, as shells complete it, gets every file
    /// below it and leaves no temporary file behind.
    @Test func outputRootWithTrailingSlash() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("specc-paths-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let spec = directory + "/pets.yaml"
        try Self.petsSpec.write(toFile: spec, atomically: true, encoding: .utf8)
        let options = GenerateOptions(templates: try #require(Pipeline.templates(overridesIn: nil).0))
        let written = Pipeline.generate(specs: [spec], options: options, writingInto: directory + "/out/")
        #expect(!written.diagnostics.hasErrors)
        let files = FileSystem.files(under: directory + "/out")
        #expect(files.count == written.files.count)
        #expect(files.contains("pets/docs/index.md"))
        #expect(!files.contains { $0.hasSuffix(".specc-tmp") })
    }

    /// A write that fails names its path as the run built it from the root: `out/`'s trailing
    /// slash is not carried into `out//pets/…`.
    @Test func failureNamesThePathWithoutADoubledSlash() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("specc-paths-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/out", withIntermediateDirectories: true)
        try Self.petsSpec.write(toFile: directory + "/pets.yaml", atomically: true, encoding: .utf8)
        // A file where the spec's output folder goes: its folders cannot be made.
        try "".write(toFile: directory + "/out/pets", atomically: true, encoding: .utf8)
        let options = GenerateOptions(templates: try #require(Pipeline.templates(overridesIn: nil).0))
        let written = Pipeline.generate(specs: [directory + "/pets.yaml"], options: options, writingInto: directory + "/out/")
        let message = try #require(written.failure?.description)
        #expect(message.contains(directory + "/out/pets/"))
        #expect(!message.contains("//"))
    }

    @Test func writerKeepsEveryByteOfEveryPart() {
        var writer = TextWriter(capacity: 1)
        let long = String(repeating: "é文", count: 40)
        writer.line("a", long.dropFirst(2), " ", "🙂")
        writer.line()
        writer.append("raw\r\nline")
        #expect(writer.text == "a" + String(long.dropFirst(2)) + " 🙂\n\nraw\r\nline")
    }
}
