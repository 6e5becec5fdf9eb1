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

    /// `required` of `node` or of its `allOf` members names `property`: the node's own keywords
    /// first (3.1 lets them stand beside a `$ref`), then those of what its `$ref` names.
    private func lists(_ property: String, _ node: YAMLNode, depth: Int) -> Bool {
        guard depth < Self.maxDepth, node.isMapping else { return false }
        if node["required"]?.items.contains(where: { $0.scalar == property }) == true { return true }
        if (node["allOf"]?.items ?? []).contains(where: { lists(property, $0, depth: depth + 1) }) { return true }
        guard RefResolver.reference(in: node) != nil else { return false }
        var silent = DiagnosticSink()
        guard let target = context.resolver.resolve(node, sink: &silent)?.node else { return false }
        return lists(property, target, depth: depth + 1)
    }
}
