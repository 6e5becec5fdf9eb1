import Mustache

/// Presents a view model to Mustache so that a field which is present but nil stops the lookup.
///
/// Mustache resolves a name it cannot find by walking up the context stack. swift-mustache treats
/// a nil optional as "not found", so `{{#description}}` inside an operation with no description
/// would print the enclosing page's description instead. Wrapping each model makes every declared
/// field "found": nil becomes an explicit null (falsy, renders as nothing). Only names a model does
/// not declare fall through to outer contexts, as Mustache intends.
struct StrictModel: MustacheParent {
    let value: Any

    static func wrap(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            return StrictModel(value: value)
        case .collection?:
            return mirror.children.map { wrap($0.value) }
        case .optional?:
            guard let wrapped = mirror.children.first?.value else { return TemplateNull() }
            return wrap(wrapped)
        default:
            return value
        }
    }

    func child(named name: String) -> Any? {
        guard let child = Mirror(reflecting: value).children.first(where: { $0.label == name }) else { return nil }
        return Self.wrap(child.value)
    }
}

/// A field that is present and empty: falsy in sections, nothing when rendered.
struct TemplateNull: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
