import Foundation
import PackagePlugin

/// Generates Swift from the target's `openapi.yaml` (or `.yml`, `.json`) on every build that needs
/// it: `specc generate-sources` writes `Types.swift`, `Client.swift` and `Server.swift` into the
/// plugin's work directory, and the build compiles them with the target. The inputs are the spec,
/// `specc-config.yaml` and the target's other YAML and JSON files (which `$ref`s may point at), so
/// the build regenerates only when one of them, or specc itself, changes. A broken spec fails the
/// build with the spec's own `file:line:column` diagnostics.
@main
struct SpeccBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target.sourceModule else { return [] }
        let inputs = try SpecInputs(target: target.name, files: module.sourceFiles.map(\.url))
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        var arguments = ["generate-sources", "--spec", inputs.spec.path, "--output", output.path]
        if let config = inputs.config { arguments += ["--config", config.path] }
        return [.buildCommand(
            displayName: "specc: generating Swift from \(inputs.spec.lastPathComponent) for \(target.name)",
            executable: try context.tool(named: "specc").url,
            arguments: arguments,
            inputFiles: inputs.all,
            outputFiles: SpecInputs.outputs.map { output.appending(path: $0) })]
    }
}

/// The files of a target the plugin reads.
struct SpecInputs {
    static let specNames = ["openapi.yaml", "openapi.yml", "openapi.json"]
    static let configNames = ["specc-config.yaml", "specc-config.yml"]
    /// Always all three, so the build knows them before specc runs.
    static let outputs = ["Types.swift", "Client.swift", "Server.swift"]

    let spec: URL
    let config: URL?
    let all: [URL]

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
        all = files.filter { ["yaml", "yml", "json"].contains($0.pathExtension.lowercased()) }.sorted { $0.path < $1.path }
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
