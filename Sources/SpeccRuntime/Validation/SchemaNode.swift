import Foundation

/// One schema of a `SchemaRegistry`, its keywords read once into typed fields so that validating
/// a request is field access, not dictionary lookups and re-parsing.
///
/// Nodes are built and linked (`$ref` targets set) while the registry is created and never change
/// afterwards; that is why sharing them across concurrent requests is safe.
final class SchemaNode: @unchecked Sendable {
    /// `true` and `false` schemas; nil for an object schema.
    var constant: Bool?
    /// The URI of the schema resource this schema belongs to: the base for its references and the
    /// entry it adds to the dynamic scope.
    let resource: String
    /// `resource` as a number, so that tracking the dynamic scope on every step of a validation
    /// compares integers, not URIs.
    let resourceID: Int

    var reference: String?
    var referenceTarget: SchemaNode?
    var dynamicReference: String?
    var dynamicTarget: SchemaNode?
    /// Set when `dynamicTarget` was found through a `$dynamicAnchor` of this name, so the
    /// outermost resource in the dynamic scope with the same anchor takes its place.
    var dynamicAnchorName: String?

    var types: AnyJSON?
    var enumValues: [AnyJSON]?
    var constValue: AnyJSON?

    var minimum: Double?
    var maximum: Double?
    var exclusiveMinimum: Double?
    var exclusiveMaximum: Double?
    var multipleOf: Double?

    var minLength: Int?
    var maxLength: Int?
    var pattern: CompiledPattern?
    var format: String?

    var prefixItems: [SchemaNode]?
    var items: SchemaNode?
    var contains: SchemaNode?
    var minContains: Int?
    var maxContains: Int?
    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false

    var properties: [String: SchemaNode]?
    var patternProperties: [(pattern: CompiledPattern, schema: SchemaNode)] = []
    var additionalProperties: SchemaNode?
    var propertyNames: SchemaNode?
    var required: [String] = []
    var dependentRequired: [(property: String, required: [String])] = []
    var dependentSchemas: [(property: String, schema: SchemaNode)] = []
    var minProperties: Int?
    var maxProperties: Int?

    var allOf: [SchemaNode]?
    var anyOf: [SchemaNode]?
    var oneOf: [SchemaNode]?
    var not: SchemaNode?
    var ifSchema: SchemaNode?
    var thenSchema: SchemaNode?
    var elseSchema: SchemaNode?

    var unevaluatedItems: SchemaNode?
    var unevaluatedProperties: SchemaNode?

    var readOnly = false
    var writeOnly = false

    init(resource: String, resourceID: Int) {
        self.resource = resource
        self.resourceID = resourceID
    }

    /// Whether this schema, or the schema its `$ref` names, is marked `readOnly`/`writeOnly`.
    func marked(_ flag: KeyPath<SchemaNode, Bool>) -> Bool {
        var node: SchemaNode? = self
        var hops = 0
        while let current = node, hops < 32 {
            if current[keyPath: flag] { return true }
            node = current.referenceTarget
            hops += 1
        }
        return false
    }
}

/// An ECMA-262 pattern as written and as this platform compiled it (nil: it could not, and the
/// pattern checks nothing).
struct CompiledPattern {
    let source: String
    let regex: NSRegularExpression?

    func matches(_ text: String) -> Bool {
        guard let regex else { return true }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
