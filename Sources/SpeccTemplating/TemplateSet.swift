import SpeccDiagnostics

/// The templates one run renders with: the built-ins, each replaceable by a user file of the same
/// name (`--templates DIR`). Templates only lay out; every decision lives in the view models.
public struct TemplateSet: Sendable {
    private let renderer: MustacheRenderer
    /// Where each template came from, for locating errors: "built-in" or the override's path.
    public let origins: [String: String]
    /// The templates a user's file replaces.
    private let overridden: Set<String>

    /// Parses the built-ins overlaid with `overrides` (name → (path, text)). Every template that
    /// does not parse, and every partial that names no template, is reported, located in its file.
    public static func make(overrides: [String: (path: String, text: String)] = [:]) -> (TemplateSet?, [Diagnostic]) {
        var sources = BuiltinTemplates.all.mapValues { (path: "Templates/\($0.path)", text: $0.text) }
        var diagnostics: [Diagnostic] = []
        for (name, override) in overrides {
            if sources[name] == nil {
                diagnostics.append(.warning(
                    "template-unused", "template '\(name)' overrides no built-in template and is ignored",
                    at: .file(override.path), notes: [.init("built-in templates: \(BuiltinTemplates.all.keys.sorted().joined(separator: ", "))")]))
                continue
            }
            sources[name] = override
        }
        // Every template, built-ins too (a few kilobytes, well under a millisecond): a partial
        // may name any of them, and is checked against them here rather than when it renders.
        var parsed: [String: MustacheTemplate] = [:]
        for name in sources.keys.sorted() {
            let source = sources[name]!
            do {
                parsed[name] = try MustacheTemplate(parsing: source.text)
            } catch {
                let location = SourceLocation(file: source.path, line: error.position.line, column: error.position.column)
                diagnostics.append(.error("template-syntax", "template '\(name)' does not parse: \(error.message)", at: location))
            }
        }
        for name in parsed.keys.sorted() {
            for partial in parsed[name]!.partials where sources[partial.name] == nil {
                let location = SourceLocation(file: sources[name]!.path, line: partial.at.line, column: partial.at.column)
                diagnostics.append(.error("template-partial", "template '\(name)' includes '\(partial.name)', which is no template", at: location,
                                          notes: [.init("templates: \(sources.keys.sorted().joined(separator: ", "))")]))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (TemplateSet(renderer: MustacheRenderer(templates: parsed), origins: sources.mapValues { $0.path },
                            overridden: Set(overrides.keys).intersection(BuiltinTemplates.all.keys)), diagnostics)
    }

    /// Whether `name` is the built-in template, so an emitter may use its Swift specialisation
    /// (written to render byte for byte what the template does, and much faster).
    public func isBuiltIn(_ name: String) -> Bool { !overridden.contains(name) }

    /// Renders `model` with the template `name`; nil only if no such template exists (a bug).
    public func render(_ model: Any, template name: String) -> String? {
        renderUTF8(model, template: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same, as UTF-8 bytes.
    public func renderUTF8(_ model: Any, template name: String) -> [UInt8]? {
        guard let template = renderer.templates[name] else { return nil }
        return renderer.render(template, model: StrictModel.wrap(model))
    }
}
