/// Whether two schemas say the same, wherever each is written: `==` but for source locations,
/// which differ between two versions of a spec whenever anything above a schema moved.
extension Schema {
    public func means(_ other: Schema) -> Bool {
        Comparison(kept: nil).means(self, other)
    }

    /// The same, and every named schema either refers to (by `$ref` or by its discriminator) is
    /// in `names`: whether a comparison of the two can find nothing, given the named schemas
    /// known to be unchanged.
    public func means(_ other: Schema, referringOnlyTo names: Set<String>) -> Bool {
        Comparison(kept: names).means(self, other)
    }
}

/// One walk over two schemas side by side.
private struct Comparison {
    /// The named schemas references may name; nil for any.
    let kept: Set<String>?

    func accepts(_ name: String) -> Bool { kept?.contains(name) ?? true }

    func means(_ a: Schema, _ b: Schema) -> Bool {
        // Field by field, the location and the subschemas set aside: a copy of each schema with
        // those cleared, compared whole, cost a copy of every field and most of a large diff's
        // time. A test holds these lists to the types' stored properties, so a new one is not missed.
        guard a.types == b.types, a.format == b.format, a.title == b.title, a.description == b.description,
              a.enumValues == b.enumValues, a.const == b.const, a.defaultValue == b.defaultValue, a.examples == b.examples,
              a.numeric == b.numeric, means(a.string, b.string), a.discriminator == b.discriminator,
              a.readOnly == b.readOnly, a.writeOnly == b.writeOnly, a.deprecated == b.deprecated,
              a.externalDocs == b.externalDocs, a.extensions == b.extensions else { return false }
        if let discriminator = a.discriminator {
            guard discriminator.mapping.values.allSatisfy(accepts), discriminator.defaultMapping.map(accepts) ?? true else { return false }
        }
        return means(a.allOf, b.allOf) && means(a.oneOf, b.oneOf) && means(a.anyOf, b.anyOf) && means(a.not, b.not)
            && means(a.array, b.array) && means(a.object, b.object) && means(a.conditional, b.conditional)
    }

    func means(_ a: StringConstraints?, _ b: StringConstraints?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.minLength == b.minLength && a.maxLength == b.maxLength && a.pattern == b.pattern
            && a.contentMediaType == b.contentMediaType && a.contentEncoding == b.contentEncoding && means(a.contentSchema, b.contentSchema)
    }

    func means(_ a: SchemaRef?, _ b: SchemaRef?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (.named(let x)?, .named(let y)?): x == y && accepts(x)
        case (.inline(let x)?, .inline(let y)?): means(x, y)
        default: false
        }
    }

    func means(_ a: [SchemaRef]?, _ b: [SchemaRef]?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.count == b.count && zip(a, b).allSatisfy { means($0, $1) }
    }

    func means(_ a: ArrayShape?, _ b: ArrayShape?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.minItems == b.minItems && a.maxItems == b.maxItems && a.uniqueItems == b.uniqueItems
            && a.minContains == b.minContains && a.maxContains == b.maxContains
            && means(a.items, b.items) && means(a.prefixItems, b.prefixItems) && means(a.contains, b.contains)
            && means(a.unevaluatedItems, b.unevaluatedItems)
    }

    func means(_ a: ObjectShape?, _ b: ObjectShape?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        guard a.required == b.required, a.minProperties == b.minProperties, a.maxProperties == b.maxProperties,
              a.dependentRequired == b.dependentRequired, a.properties.count == b.properties.count,
              a.patternProperties?.count == b.patternProperties?.count, a.dependentSchemas?.count == b.dependentSchemas?.count else { return false }
        return zip(a.properties, b.properties).allSatisfy { $0.name == $1.name && means($0.schema, $1.schema) }
            && zip(a.patternProperties ?? [], b.patternProperties ?? []).allSatisfy { $0.pattern == $1.pattern && means($0.schema, $1.schema) }
            && zip(a.dependentSchemas ?? [], b.dependentSchemas ?? []).allSatisfy { $0.property == $1.property && means($0.schema, $1.schema) }
            && means(a.additionalProperties, b.additionalProperties) && means(a.propertyNames, b.propertyNames)
            && means(a.unevaluatedProperties, b.unevaluatedProperties)
    }

    func means(_ a: Conditional?, _ b: Conditional?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return means(a.condition, b.condition) && means(a.then, b.then) && means(a.otherwise, b.otherwise)
    }
}
