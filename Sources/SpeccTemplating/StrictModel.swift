/// Presents a view model to a template so that a field which is present but nil stops the lookup.
///
/// Mustache resolves a name it cannot find by walking up the context stack. Were a nil optional
/// "not found", `{{#description}}` inside an operation with no description would print the
/// enclosing page's description instead. Here every declared field is "found": nil becomes an
/// explicit null (falsy, renders as nothing). Only names a model does not declare fall through to
/// outer contexts, as Mustache intends.
///
/// The model is converted once, up front, into dictionaries (looked up directly) rather than
/// reflected with `Mirror` at every tag: a large API's pages have hundreds of thousands of lookups.
enum StrictModel {
    static func wrap(_ value: Any) -> Any {
        if let model = value as? any TemplateFields { return TemplateFieldsBox(model) }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                fields[label] = wrap(child.value)
            }
            return fields
        case .collection?:
            return mirror.children.map { wrap($0.value) }
        case .optional?:
            guard let wrapped = mirror.children.first?.value else { return TemplateNull() }
            return wrap(wrapped)
        default:
            return value
        }
    }
}

/// A field that is present and empty: falsy in sections, nothing when rendered.
struct TemplateNull {}
