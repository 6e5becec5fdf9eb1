import Foundation
import Mustache
import SpeccDiagnostics

/// The templates one run renders with: the built-ins, each replaceable by a user file of the same
/// name (`--templates DIR`). Templates only lay out; every decision lives in the view models.
public struct TemplateSet: Sendable {
    private let library: LazyLibrary
    /// Where each template came from, for locating errors: "built-in" or the override's path.
    public let origins: [String: String]
    /// The templates a user's file replaces.
    private let overridden: Set<String>

    /// Compiles the built-ins overlaid with `overrides` (name → (path, text)). Every template that
    /// fails to parse is reported, located in its own file.
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
        // Only the overrides are parsed now, to report their errors: the built-ins parse (a test
        // holds them to it), and with none overridden, nothing renders through Mustache at all.
        var parsed: [String: MustacheTemplate] = [:]
        for name in overrides.keys.sorted() where BuiltinTemplates.all[name] != nil {
            let source = sources[name]!
            do {
                parsed[name] = try MustacheTemplate(string: source.text)
            } catch let error as MustacheTemplate.ParserError {
                let location = SourceLocation(file: source.path, line: error.context.lineNumber, column: error.context.columnNumber)
                diagnostics.append(.error("template-syntax", "template '\(name)' does not parse: \(error.error)", at: location))
            } catch {
                diagnostics.append(.error("template-syntax", "template '\(name)' does not parse: \(error)", at: .file(source.path)))
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
        library.library.render(StrictModel.wrap(model), withTemplate: name)
    }
}

/// Every template, parsed when the first is rendered; partials need them all in one library.
private final class LazyLibrary: @unchecked Sendable {
    private let texts: [String: String]
    private let parsed: [String: MustacheTemplate]
    private let lock = NSLock()
    private var built: MustacheLibrary?

    init(texts: [String: String], parsed: [String: MustacheTemplate]) {
        self.texts = texts
        self.parsed = parsed
    }

    var library: MustacheLibrary {
        lock.withLock {
            if let built { return built }
            var library = MustacheLibrary()
            for name in texts.keys.sorted() {
                // A built-in that did not parse is a bug the template tests catch; it renders nothing.
                guard let template = try? parsed[name] ?? MustacheTemplate(string: texts[name]!) else { continue }
                library.register(template, named: name)
            }
            built = library
            return library
        }
    }
}
