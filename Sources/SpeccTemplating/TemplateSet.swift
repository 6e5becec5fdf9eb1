import SpeccDiagnostics
import SpeccSystem

/// The templates one run renders with: the built-ins, each replaceable by a user file of the same
/// name (`--templates DIR`). Templates only lay out; every decision lives in the view models.
public struct TemplateSet: Sendable {
    private let library: LazyLibrary
    /// Where each template came from, for locating errors: "built-in" or the override's path.
    public let origins: [String: String]
    /// The templates a user's file replaces.
    private let overridden: Set<String>

    /// The built-ins overlaid with `overrides` (name → (path, text)). Every override that does not
    /// parse, and every partial an override names that is no template, is reported, located in its
    /// file. The built-ins parse and name only templates that exist (tests hold them to it), and
    /// are parsed only when one renders: with none overridden, nothing renders through Mustache
    /// (parsing them all was 17% of generating a small spec).
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
        var parsed: [String: MustacheTemplate] = [:]
        for name in overrides.keys.sorted() where BuiltinTemplates.all[name] != nil {
            let source = sources[name]!
            do {
                let template = try MustacheTemplate(parsing: source.text)
                parsed[name] = template
                for partial in template.partials where sources[partial.name] == nil {
                    let location = SourceLocation(file: source.path, line: partial.at.line, column: partial.at.column)
                    diagnostics.append(.error("template-partial", "template '\(name)' includes '\(partial.name)', which is no template", at: location,
                                              notes: [.init("templates: \(sources.keys.sorted().joined(separator: ", "))")]))
                }
            } catch {
                let location = SourceLocation(file: source.path, line: error.position.line, column: error.position.column)
                diagnostics.append(.error("template-syntax", "template '\(name)' does not parse: \(error.message)", at: location))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (TemplateSet(library: LazyLibrary(texts: sources.mapValues(\.text), parsed: parsed), origins: sources.mapValues { $0.path },
                            overridden: Set(parsed.keys)), diagnostics)
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
        let renderer = library.renderer
        guard let template = renderer.templates[name] else { return nil }
        return renderer.render(template, model: StrictModel.wrap(model))
    }
}

/// Every template, parsed when the first renders; partials need them all in one renderer.
private final class LazyLibrary: @unchecked Sendable {
    private let texts: [String: String]
    private let parsed: [String: MustacheTemplate]
    private let lock = Lock()
    private var built: MustacheRenderer?

    init(texts: [String: String], parsed: [String: MustacheTemplate]) {
        self.texts = texts
        self.parsed = parsed
    }

    var renderer: MustacheRenderer {
        lock.withLock {
            if let built { return built }
            var templates = parsed
            for (name, text) in texts where templates[name] == nil {
                // A built-in that did not parse is a bug the template tests catch; it renders nothing.
                templates[name] = try? MustacheTemplate(parsing: text)
            }
            let renderer = MustacheRenderer(templates: templates)
            built = renderer
            return renderer
        }
    }
}
