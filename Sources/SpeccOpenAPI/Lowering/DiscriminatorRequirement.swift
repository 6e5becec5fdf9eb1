import SpeccDiagnostics
import SpeccYAML

/// Whether a discriminator's property is required (3.2 §4.24: an optional one needs a
/// `defaultMapping`). Required means listed in `required` of the schema carrying the
/// discriminator, or of every `oneOf`/`anyOf` branch; `allOf` members count as part of the
/// schema they are in, and `$ref`s are followed, a few levels deep.
struct DiscriminatorRequirement {
    let context: LoweringContext
    private static let maxDepth = 8

    func isRequired(_ property: String, in schema: YAMLNode) -> Bool {
        if lists(property, schema, depth: 0) { return true }
        let branches = (schema["oneOf"]?.items ?? []) + (schema["anyOf"]?.items ?? [])
        return !branches.isEmpty && branches.allSatisfy { lists(property, $0, depth: 0) }
    }

    /// `required` of `node` or of its `allOf` members names `property`.
    private func lists(_ property: String, _ node: YAMLNode, depth: Int) -> Bool {
        guard depth < Self.maxDepth else { return false }
        var silent = DiagnosticSink()
        guard let schema = context.resolver.resolve(node, sink: &silent)?.node, schema.isMapping else { return false }
        if schema["required"]?.items.contains(where: { $0.scalar == property }) == true { return true }
        return (schema["allOf"]?.items ?? []).contains { lists(property, $0, depth: depth + 1) }
    }
}
