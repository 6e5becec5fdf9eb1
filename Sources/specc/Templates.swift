import ArgumentParser
import SpeccPipeline
import SpeccSystem
import SpeccTemplating

struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with the Mustache templates the emitters render through.",
        subcommands: [Export.self, Embed.self]
    )

    struct Embed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Regenerate the Swift source that embeds Templates/ in specc (for specc's own contributors).",
            discussion: """
                Run from the repository root after changing a template:
                  swift run specc templates embed
                A test fails while the embedded copy is stale.
                """
        )

        @Option(help: "The templates folder.")
        var templates = "Templates"

        @Option(help: "The Swift file to write.")
        var output = "Sources/SpeccTemplating/BuiltinTemplates.swift"

        func run() throws {
            var files: [String: String] = [:]
            for path in Pipeline.templateFiles(in: templates) {
                files[path] = try String(contentsOfFile: "\(templates)/\(path)", encoding: .utf8)
            }
            guard !files.isEmpty else { throw ValidationError("No .mustache files under \(templates).") }
            try Data(BuiltinTemplateSource.swiftSource(for: files).utf8).write(to: URL(fileURLWithPath: output))
            print("\(files.count) template(s) embedded in \(output)")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in templates to a folder, as a starting point for --templates.",
            discussion: """
                Keep only the files you change: `specc generate --templates DIR` uses a file from DIR \
                when one has the same path, and the built-in otherwise. Existing files are not \
                overwritten unless --force is given.

                Example:
                  specc templates export my-templates && specc generate --templates my-templates
                """
        )

        @Argument(help: "The folder to write into (created if missing).")
        var directory: String

        @Flag(help: "Overwrite files that already exist.")
        var force = false

        func run() throws {
            var written = 0
            for file in Pipeline.builtinTemplateFiles {
                let path = "\(directory)/\(file.path)"
                if !force, FileManager.default.fileExists(atPath: path) {
                    StandardError.write("specc: \(path) exists; not overwritten (use --force)\n")
                    continue
                }
                let url = URL(fileURLWithPath: path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
                written += 1
            }
            print("\(written) template(s) written to \(directory)")
        }
    }
}
