import SpeccIR
import SpeccYAML

/// The keyword groups of a schema: numeric, string, array and object constraints.
extension LoweringContext {
    func lowerNumericConstraints(_ node: YAMLNode) -> NumericConstraints? {
        var numeric = NumericConstraints()
        numeric.multipleOf = number(node, "multipleOf", in: "schema")
        numeric.minimum = number(node, "minimum", in: "schema")
        numeric.maximum = number(node, "maximum", in: "schema")
        (numeric.minimum, numeric.exclusiveMinimum) = exclusiveBound(node, "exclusiveMinimum", inclusive: numeric.minimum)
        (numeric.maximum, numeric.exclusiveMaximum) = exclusiveBound(node, "exclusiveMaximum", inclusive: numeric.maximum)
        if let multipleOf = numeric.multipleOf, multipleOf <= 0 {
            sink.error("schema-constraint", "'multipleOf' must be greater than 0", at: node["multipleOf"]!.location)
        }
        return numeric == NumericConstraints() ? nil : numeric
    }

    /// 3.0 writes exclusivity as a flag on minimum/maximum, 3.1 as a bound of its own. Either form
    /// is read by its type, so a 3.0 spec with 3.1-style bounds still means what its author meant.
    /// Returns the (inclusive, exclusive) pair in 3.1 terms.
    private func exclusiveBound(_ node: YAMLNode, _ key: String, inclusive: Double?) -> (Double?, Double?) {
        guard let exclusive = node[key] else { return (inclusive, nil) }
        if exclusive.isScalar, case .bool(let flag) = exclusive.resolved {
            return flag ? (nil, inclusive) : (inclusive, nil)
        }
        return (inclusive, numberValue(exclusive, "'\(key)'"))
    }

    func lowerStringConstraints(_ node: YAMLNode) -> StringConstraints? {
        var constraints = StringConstraints()
        constraints.minLength = integer(node, "minLength", in: "schema")
        constraints.maxLength = integer(node, "maxLength", in: "schema")
        constraints.pattern = string(node, "pattern", in: "schema")
        constraints.contentMediaType = string(node, "contentMediaType", in: "schema")
        constraints.contentEncoding = string(node, "contentEncoding", in: "schema")
        constraints.contentSchema = node["contentSchema"].flatMap { lowerSchemaRef($0, "'contentSchema'") }
        if let min = constraints.minLength, let max = constraints.maxLength, min > max {
            sink.error("schema-constraint", "'minLength' (\(min)) is greater than 'maxLength' (\(max))", at: node["minLength"]!.location)
        }
        return constraints == StringConstraints() ? nil : constraints
    }

    /// `present`: the schema's keywords (`SchemaKeywords`); only those are asked for.
    func lowerArrayShape(_ node: YAMLNode, _ present: SchemaKeywords) -> ArrayShape? {
        var shape = ArrayShape()
        if present.contains(.items) { shape.items = node["items"].flatMap { lowerSchemaRef($0, "'items'") } }
        if present.contains(.prefixItems) { shape.prefixItems = lowerSchemaList(node, "prefixItems") }
        if present.contains(.minItems) { shape.minItems = integer(node, "minItems", in: "schema") }
        if present.contains(.maxItems) { shape.maxItems = integer(node, "maxItems", in: "schema") }
        if present.contains(.uniqueItems) { shape.uniqueItems = bool(node, "uniqueItems", in: "schema") }
        if present.contains(.contains) { shape.contains = node["contains"].flatMap { lowerSchemaRef($0, "'contains'") } }
        if present.contains(.minContains) { shape.minContains = integer(node, "minContains", in: "schema") }
        if present.contains(.maxContains) { shape.maxContains = integer(node, "maxContains", in: "schema") }
        if present.contains(.unevaluatedItems) { shape.unevaluatedItems = lowerForbiddingSchema(node, "unevaluatedItems") }
        if let min = shape.minItems, let max = shape.maxItems, min > max {
            sink.error("schema-constraint", "'minItems' (\(min)) is greater than 'maxItems' (\(max))", at: node["minItems"]!.location)
        }
        if let min = shape.minContains, let max = shape.maxContains, min > max {
            sink.error("schema-constraint", "'minContains' (\(min)) is greater than 'maxContains' (\(max))", at: node["minContains"]!.location)
        }
        if shape.contains == nil, present.hasAny([.minContains, .maxContains]) {
            for key in ["minContains", "maxContains"] where node[key] != nil {
                sink.warning("schema-keyword-inert", "'\(key)' has no effect without 'contains'", at: node.pair(key)!.key.location)
            }
        }
        return shape == ArrayShape() ? nil : shape
    }

    func lowerObjectShape(_ node: YAMLNode, _ present: SchemaKeywords) -> ObjectShape? {
        var shape = ObjectShape()
        if present.contains(.properties), let properties = propertyMap(node, "properties") {
            shape.properties = entries(properties).compactMap { name, _, value in
                lowerSchemaRef(value, "property '\(name)'").map { Property(name: name, schema: $0) }
            }
        }
        if present.contains(.required) { shape.required = stringList(node, "required", in: "schema") ?? [] }
        if present.contains(.additionalProperties) { shape.additionalProperties = lowerForbiddingSchema(node, "additionalProperties") }
        if present.contains(.patternProperties), let patterns = propertyMap(node, "patternProperties") {
            shape.patternProperties = entries(patterns).compactMap { pattern, _, value in
                lowerSchemaRef(value, "pattern property '\(pattern)'").map { PatternProperty(pattern: pattern, schema: $0) }
            }
        }
        if present.contains(.propertyNames) { shape.propertyNames = node["propertyNames"].flatMap { lowerSchemaRef($0, "'propertyNames'") } }
        if present.contains(.minProperties) { shape.minProperties = integer(node, "minProperties", in: "schema") }
        if present.contains(.maxProperties) { shape.maxProperties = integer(node, "maxProperties", in: "schema") }
        if present.contains(.dependentRequired) { shape.dependentRequired = lowerDependentRequired(node) }
        if present.contains(.dependentSchemas), let dependent = propertyMap(node, "dependentSchemas") {
            shape.dependentSchemas = entries(dependent).compactMap { name, _, value in
                lowerSchemaRef(value, "dependent schema '\(name)'").map { DependentSchema(property: name, schema: $0) }
            }
        }
        if present.contains(.unevaluatedProperties) { shape.unevaluatedProperties = lowerForbiddingSchema(node, "unevaluatedProperties") }
        // `additionalProperties: true` says nothing a missing keyword does not; keep it absent.
        return shape == ObjectShape() && !present.contains(.additionalProperties) ? nil : shape
    }

    /// `additionalProperties`, `unevaluatedProperties` and `unevaluatedItems`: `true` is the same
    /// as leaving the keyword out, `false` forbids what it applies to.
    private func lowerForbiddingSchema(_ node: YAMLNode, _ key: String) -> SchemaRef? {
        guard let value = node[key] else { return nil }
        if value.isScalar, case .bool(let allowed) = value.resolved {
            return allowed ? nil : .inline(.never(at: value.location))
        }
        return lowerSchemaRef(value, "'\(key)'")
    }

    private func lowerDependentRequired(_ node: YAMLNode) -> [DependentRequirement]? {
        guard let map = mapping(node, "dependentRequired", in: "schema", keysAreData: true) else { return nil }
        return entries(map).compactMap { name, _, value in
            guard value.isSequence else {
                sink.error("type-mismatch", "'dependentRequired' of '\(name)' must be a list of property names, not \(value.kindName)", at: value.location)
                return nil
            }
            return DependentRequirement(property: name, required: value.items.compactMap { stringValue($0, "each name in 'dependentRequired'") })
        }
    }

    /// A map of names (or patterns) to schemas. `properties: {$ref: 'attributes.yml#/ids'}` names
    /// a whole map written elsewhere (DigitalOcean's spec does this): a property called `$ref`
    /// would need a schema, and a string is none. Any other `$ref` key there is a property's name.
    private func propertyMap(_ node: YAMLNode, _ key: String) -> YAMLNode? {
        guard let value = node[key] else { return nil }
        if let ref = RefResolver.reference(in: value), ref.isScalar,
           value.pairs.allSatisfy({ $0.key.scalarEquals("$ref") || $0.key.scalarHasPrefix("x-") }) {
            return object(value, "'\(key)' in schema")
        }
        return expectMapping(value, "'\(key)' in schema") ? value : nil
    }

    func lowerExternalDocs(_ node: YAMLNode) -> ExternalDocs? {
        guard let object = mapping(node, "externalDocs", in: "object") else { return nil }
        checkKnownFields(object, .externalDocs, owner: "externalDocs")
        guard let url = string(object, "url", in: "externalDocs", required: true) else { return nil }
        var docs = ExternalDocs(url: url)
        docs.description = string(object, "description", in: "externalDocs")
        return docs
    }
}
