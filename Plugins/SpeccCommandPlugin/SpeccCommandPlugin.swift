import Foundation
import PackagePlugin

/// Writes the generated Swift into the source tree, for teams that commit it:
///
///     swift package --allow-writing-to-package-directory specc-generate [--target NAME ...]
///
/// For each target with an `openapi.yaml` (or `.yml`, `.json`), `specc generate-sources` writes
/// the files the build plugin would (`Types_0.swift` … or, with `typesFiles: 1`, `Types.swift`;
/// `Client.swift`, `Server.swift`) into `GeneratedSources/` beside the spec, following its
/// `specc-config.yaml`. Don't also enable the build plugin on that target: the types
/// would be declared twice.
@main
struct SpeccCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) throws {
        var extractor = ArgumentExtractor(arguments)
        let names = extractor.extractOption(named: "target")
        let targets = names.isEmpty ? context.package.targets : try context.package.targets(named: names)
        let specc = try context.tool(named: "specc").url
        var generated = 0
        for target in targets {
            guard let module = target.sourceModule else { continue }
            let files = module.sourceFiles.map(\.url)
            guard let spec = files.first(where: { ["openapi.yaml", "openapi.yml", "openapi.json"].contains($0.lastPathComponent) }) else {
                if !names.isEmpty { throw CommandFailure("target \(target.name) has no openapi.yaml, openapi.yml or openapi.json") }
                continue
            }
            let config = files.first { ["specc-config.yaml", "specc-config.yml"].contains($0.lastPathComponent) }
            var arguments = ["generate-sources", "--spec", spec.path, "--output", spec.deletingLastPathComponent().appending(path: "GeneratedSources").path]
            if let config { arguments += ["--config", config.path] }
            // The build plugin's count, read the same way, so both plugins write the same files.
            let specBytes = (try? FileManager.default.attributesOfItem(atPath: spec.path)[.size] as? Int) ?? 0
            // As the build plugin's default: one file per 64 KiB of spec, 1 to 64.
            let fallback = min(64, max(1, (specBytes + 65_535) / 65_536))
            let count = try config.flatMap { Self.setting("typesFiles", in: try String(contentsOf: $0, encoding: .utf8)) }.flatMap { Int($0) } ?? fallback
            arguments += ["--plugin-types-files", String((1...64).contains(count) ? count : fallback)]
            let process = Process()
            process.executableURL = specc
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw CommandFailure("specc could not generate \(target.name) from \(spec.lastPathComponent) (see the errors above)")
            }
            print("specc: \(target.name): \(spec.deletingLastPathComponent().appending(path: "GeneratedSources").path)")
            generated += 1
        }
        if generated == 0 { throw CommandFailure("no target has an openapi.yaml, openapi.yml or openapi.json") }
    }
}

extension SpeccCommandPlugin {
    /// As `SpecInputs.setting(_:in:)` in the build plugin (a plugin cannot share source files).
    static func setting(_ key: String, in config: String) -> String? {
        for line in config.split(whereSeparator: \.isNewline) {
            let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let parts = code.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0] == key, !parts[1].isEmpty { return parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "'\"")) }
        }
        return nil
    }
}

struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
