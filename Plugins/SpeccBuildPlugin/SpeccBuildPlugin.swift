import Foundation
import PackagePlugin

/// Generates Swift from the target's `openapi.yaml` (or `.yml`, `.json`) on every build that needs
/// it: `specc generate-sources` writes `Types_0.swift` … (the models spread by name, so the compiler
/// works on several at once; one file per 64 KiB of spec unless `typesFiles` in the config says),
/// `Client.swift`, `Server.swift` and `Webhooks.swift` (receiving the webhooks and callbacks the
/// API sends) into the plugin's work directory, and the build compiles them
/// with the target. The inputs are the spec, `specc-config.yaml`, the target's other YAML and JSON
/// files (which `$ref`s may point at) and its `.mustache` templates, so the build regenerates only
/// when one of them, or specc itself, changes. A broken spec fails the build with the spec's own
/// `file:line:column` diagnostics.
@main
struct SpeccBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target.sourceModule else { return [] }
        let inputs = try SpecInputs(target: target.name, files: module.sourceFiles.map(\.url))
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        var arguments = ["generate-sources", "--spec", inputs.spec.path, "--output", output.path, "--plugin-types-files", String(inputs.typesFiles)]
        if let config = inputs.config { arguments += ["--config", config.path] }
        return [.buildCommand(
            displayName: "specc: generating Swift from \(inputs.spec.lastPathComponent) for \(target.name)",
            executable: try context.tool(named: "specc").url,
            arguments: arguments,
            inputFiles: inputs.all,
            outputFiles: inputs.outputs.map { output.appending(path: $0) })]
    }
}

/// The files of a target the plugin reads.
struct SpecInputs {
    static let specNames = ["openapi.yaml", "openapi.yml", "openapi.json"]
    static let configNames = ["specc-config.yaml", "specc-config.yml"]
    /// What the config's `typesFiles` is when it does not say: one file per 64 KiB of the spec,
    /// 1 to 64 (Strigo's 12 KB: one `Types.swift`; OpenAI's 3 MB: 46; Stripe's 4 MB: 64), so a
    /// small API is one file and a large one keeps the cores busy. The same on every machine.
    static func defaultTypesFiles(specBytes: Int) -> Int { min(64, max(1, (specBytes + 65_535) / 65_536)) }

    let spec: URL
    let config: URL?
    let all: [URL]
    let typesFiles: Int

    /// Always all of them, so the build knows them before specc runs.
    var outputs: [String] {
        (typesFiles == 1 ? ["Types.swift"] : (0..<typesFiles).map { "Types_\($0).swift" }) + ["Client.swift", "Server.swift", "Webhooks.swift"]
    }

    init(target: String, files: [URL]) throws {
        let specs = files.filter { Self.specNames.contains($0.lastPathComponent) }
        guard let spec = specs.first else {
            throw PluginFailure("target \(target) enables the specc plugin but has no \(Self.specNames.joined(separator: ", ")) among its sources")
        }
        guard specs.count == 1 else {
            throw PluginFailure("target \(target) has several specs (\(specs.map(\.lastPathComponent).joined(separator: ", "))); keep one")
        }
        self.spec = spec
        config = files.first { Self.configNames.contains($0.lastPathComponent) }
        // A templates folder the config names (kept inside the target or not) is an input too,
        // so editing a template regenerates.
        let configText = try config.map { try String(contentsOf: $0, encoding: .utf8) }
        var inputs = files.filter { ["yaml", "yml", "json", "mustache"].contains($0.pathExtension.lowercased()) }
        if let config, let folder = configText.flatMap({ Self.setting("templates", in: $0) }) {
            let root = folder.hasPrefix("/") ? URL(fileURLWithPath: folder) : config.deletingLastPathComponent().appending(path: folder)
            let found = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            inputs += found.filter { $0.pathExtension == "mustache" && !inputs.contains($0) }
        }
        all = inputs.sorted { $0.path < $1.path }
        // Out of range, the default: specc then reports the config's value, located.
        let specBytes = (try? FileManager.default.attributesOfItem(atPath: spec.path)[.size] as? Int) ?? 0
        let fallback = Self.defaultTypesFiles(specBytes: specBytes)
        let count = configText.flatMap { Self.setting("typesFiles", in: $0) }.flatMap { Int($0) } ?? fallback
        typesFiles = (1...64).contains(count) ? count : fallback
    }

    /// `typesFiles: 4` or `templates: Templates` on a line of its own: the plugin must know the
    /// file count and the template inputs before specc reads the config, and has no YAML parser.
    /// specc checks the count the plugin passes against the config, so a value written another
    /// way fails the build with a located error instead of being ignored.
    static func setting(_ key: String, in config: String) -> String? {
        for line in config.split(whereSeparator: \.isNewline) {
            let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let parts = code.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0] == key, !parts[1].isEmpty { return parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "'\"")) }
        }
        return nil
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
