import Mustache
import SpeccDiagnostics

/// The templates one run renders with: the built-ins, each replaceable by a user file of the same
/// name (`--templates DIR`). Templates only lay out; every decision lives in the view models.
public struct TemplateSet: Sendable {
    private let library: MustacheLibrary
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
        var library = MustacheLibrary()
        for name in sources.keys.sorted() {
            let source = sources[name]!
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let location = SourceLocation(file: source.path, line: error.context.lineNumber, column: error.context.columnNumber)
                diagnostics.append(.error("template-syntax", "template '\(name)' does not parse: \(error.error)", at: location))
            } catch {
                diagnostics.append(.error("template-syntax", "template '\(name)' does not parse: \(error)", at: .file(source.path)))
            }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (TemplateSet(library: library, origins: sources.mapValues { $0.path }, overridden: Set(overrides.keys).intersection(BuiltinTemplates.all.keys)), diagnostics)
    }

    /// Whether `name` is the built-in template, so an emitter may use its Swift specialisation
    /// (written to render byte for byte what the template does, and much faster).
    public func isBuiltIn(_ name: String) -> Bool { !overridden.contains(name) }

    /// Renders `model` with the template `name`; nil only if no such template exists (a bug).
    public func render(_ model: Any, template name: String) -> String? {
        library.render(StrictModel.wrap(model), withTemplate: name)
    }
}
