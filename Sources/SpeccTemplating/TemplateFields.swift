/// A view model that lists its own fields for templates, so rendering needs no reflection.
///
/// Large outputs (a big API's Swift models) render hundreds of thousands of tags; looking fields
/// up through `Mirror` dominated that. Models that adopt this are looked up by a `switch`.
public protocol TemplateFields: Sendable {
    /// The field's value, `.null` for a declared field that is nil (it stops the lookup, as in
    /// `StrictModel`), or nil for a name the model does not declare.
    func templateField(_ name: String) -> TemplateValue?
}

/// A declared field's value for a template.
public enum TemplateValue {
    case value(Any)
    case null

    /// `.null` for nil, the value otherwise.
    public static func optional(_ value: Any?) -> TemplateValue {
        value.map(TemplateValue.value) ?? .null
    }
}

/// Presents a `TemplateFields` model to a template. A model returns its nested models already
/// boxed (`TemplateFieldsBox(child)`), so lookups involve no dynamic casts.
public struct TemplateFieldsBox: MustacheParent, Sendable {
    let model: any TemplateFields

    public init(_ model: any TemplateFields) {
        self.model = model
    }

    func child(named name: String) -> Any? {
        switch model.templateField(name) {
        case nil: return nil
        case .null?: return TemplateNull()
        case .value(let value)?: return value
        }
    }
}
