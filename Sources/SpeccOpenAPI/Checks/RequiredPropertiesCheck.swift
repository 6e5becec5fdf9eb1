import SpeccDiagnostics
import SpeccIR

/// `required` naming a property no schema in scope defines is usually a typo. In scope: the
/// schema's own properties, those of its `allOf` parts (named parts followed), and, for a part of
/// an `allOf`, `anyOf` or `oneOf`, everything the enclosing schema defines: `Pet: allOf: [Base,
/// {required: [name]}]` with `name` in `Base` is fine. A schema that defines no property at all in
/// scope only requires presence, which is legal and not checked.
struct RequiredPropertiesCheck {
    /// A `required` list as written: each name where it stands, keyed by its schema's location.
    struct Entry {
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
            for root in Self.roots(of: operation) { check(root, inherited: [], sink: &sink) }
        }
    }

    private func check(_ ref: SchemaRef, inherited: Set<String>, sink: inout DiagnosticSink) {
        // Named schemas are checked once on their own, from `run`.
        guard case .inline(let schema) = ref else { return }
        check(schema, inherited: inherited, sink: &sink)
    }

    private func check(_ schema: Schema, inherited: Set<String>, sink: inout DiagnosticSink) {
        let composition = (schema.allOf ?? []) + (schema.anyOf ?? []) + (schema.oneOf ?? [])
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
        for child in Self.nestedSchemas(of: schema) { check(child, inherited: [], sink: &sink) }
    }

    /// Subschemas that describe something else than the schema's own object (its items, its
    /// properties' values, …), so they see none of its properties.
    private static func nestedSchemas(of schema: Schema) -> [SchemaRef] {
        var children: [SchemaRef] = []
        if let not = schema.not { children.append(not) }
        if let items = schema.array?.items { children.append(items) }
        children += schema.array?.prefixItems ?? []
        if let object = schema.object {
            children += object.properties.map(\.schema)
            if let additional = object.additionalProperties { children.append(additional) }
            children += object.patternProperties?.map(\.schema) ?? []
            if let names = object.propertyNames { children.append(names) }
        }
        return children
    }

    private static func roots(of operation: Operation) -> [SchemaRef] {
        var roots: [SchemaRef] = []
        func add(_ content: [MediaType]?) { roots += (content ?? []).compactMap(\.schema) }
        for parameter in operation.parameters {
            if let schema = parameter.schema { roots.append(schema) }
            add(parameter.content)
        }
        add(operation.requestBody?.content)
        for response in operation.responses {
            add(response.content)
            for header in response.headers {
                if let schema = header.schema { roots.append(schema) }
                add(header.content)
            }
        }
        return roots
    }
}
