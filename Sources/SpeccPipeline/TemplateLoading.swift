import SpeccDiagnostics
import SpeccSystem
import SpeccTemplating

extension Pipeline {
    /// The template set for a run: built-ins, overridden by the `.mustache` files in `directory`
    /// (matched by their path below it, such as `markdown/operation.mustache`).
    public static func templates(overridesIn directory: String?) -> (TemplateSet?, [Diagnostic]) {
        guard let directory else { return TemplateSet.make() }
        guard FileSystem.isFolder(directory) else {
            return (nil, [.error("templates-missing", "template folder '\(directory)' does not exist", at: .file(directory))])
        }
        var overrides: [String: (path: String, text: String)] = [:]
        for relative in FileSystem.files(under: directory) where relative.hasSuffix(".mustache") {
            let path = "\(directory)/\(relative)"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            overrides[String(relative.dropLast(".mustache".count))] = (path, text)
        }
        return TemplateSet.make(overrides: overrides)
    }

    /// The `.mustache` files below `directory`, relative to it, sorted.
    public static func templateFiles(in directory: String) -> [String] {
        FileSystem.files(under: directory).filter { $0.hasSuffix(".mustache") }
    }

    /// The built-in templates as files (`markdown/index.mustache` → text), for `templates export`.
    public static var builtinTemplateFiles: [(path: String, text: String)] {
        BuiltinTemplates.all.values.map { ($0.path, $0.text) }.sorted { $0.path < $1.path }
    }
}
