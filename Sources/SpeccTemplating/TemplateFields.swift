import Mustache

/// A view model that lists its own fields for templates, so rendering needs no reflection.
///
/// Large outputs (a big API's Swift models) render hundreds of thousands of tags; looking fields
/// up through `Mirror` dominated that. Models that adopt this are looked up by a `switch`.
public protocol TemplateFields: Sendable {
    /// The field's value: `.some(nil)` for a declared field that is nil (it stops the lookup,
    /// as in `StrictModel`), `nil` for a name the model does not declare.
    func templateField(_ name: String) -> Any??
}

/// Presents a `TemplateFields` model to Mustache. A model returns its nested models already
/// boxed (`TemplateFieldsBox(child)`), so lookups involve no dynamic casts.
public struct TemplateFieldsBox: MustacheParent, Sendable {
    let model: any TemplateFields

    public init(_ model: any TemplateFields) {
        self.model = model
    }

    public func child(named name: String) -> Any? {
        guard let field = model.templateField(name) else { return nil }
        return field ?? TemplateNull()
    }
}
