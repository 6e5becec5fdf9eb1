import SpeccDiagnostics
import SpeccIR

/// `required` naming a property no schema in scope defines is usually a typo. In scope: the
/// schema's own properties, those of its `allOf` parts (named parts followed), and, for a part of
/// an `allOf`, `anyOf` or `oneOf`, everything the enclosing schema defines: `Pet: allOf: [Base,
/// {required: [name]}]` with `name` in `Base` is fine. A schema that defines no property at all in
/// scope only requires presence, which is legal and not checked.
struct RequiredPropertiesCheck {
    /// A `required` list as written: each name where it stands, keyed by its schema's location.
    struct Entry: Equatable {
        let name: String
        let location: SourceLocation
    }

    let api: API
    let entries: [SourceLocation: [Entry]]

    func run(sink: inout DiagnosticSink) {
        guard !entries.isEmpty else { return }
        for name in api.schemaNames {
            if let schema = api.schemas[name] { check(schema, inherited: [], sink: &sink) }
        }
        for operation in api.operations + api.webhooks + api.operations.flatMap({ ($0.callbacks ?? []).flatMap(\.operations) }) {
            for root in operation.requestSchemaRoots + operation.responseSchemaRoots { check(root, inherited: [], sink: &sink) }
        }
    }

    private func check(_ ref: SchemaRef, inherited: Set<String>, sink: inout DiagnosticSink) {
        // Named schemas are checked once on their own, from `run`.
        guard case .inline(let schema) = ref else { return }
        check(schema, inherited: inherited, sink: &sink)
    }

    private func check(_ schema: Schema, inherited: Set<String>, sink: inout DiagnosticSink) {
        let composition = schema.compositionSubschemas
        let written = schema.location.flatMap { entries[$0] }
        // Merging properties follows named parts: only worth it where a list is checked or passed on.
        var inScope = inherited
        if written != nil || !composition.isEmpty {
            inScope.formUnion(api.mergedProperties(of: schema).properties.map(\.name))
        }
        if let written, !inScope.isEmpty, schema.anyOf == nil, schema.oneOf == nil, schema.object?.patternProperties == nil {
            let names = inScope.sorted()
            for entry in written where !inScope.contains(entry.name) {
                let suggestion = Suggestion.closest(to: entry.name, in: names)
                sink.warning("required-not-in-properties", "required property '\(entry.name)' is not defined in 'properties'", at: entry.location,
                             notes: suggestion.map { [.init("did you mean '\($0)'?")] } ?? [])
            }
        }
        for branch in composition { check(branch, inherited: inScope, sink: &sink) }
        // Items and property values describe other values: none of this schema's properties apply.
        for child in schema.nestedSubschemas { check(child, inherited: [], sink: &sink) }
    }
}
