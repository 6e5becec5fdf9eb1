import SpeccIR

/// One IR schema as a JSON Schema 2020-12 value.
///
/// The IR already carries OpenAPI 3.0 meaning in 3.1 terms (`nullable` as a `null` type and enum
/// member, numeric exclusive bounds, `example` as `examples`), so this is mostly a direct mapping.
/// OpenAPI-only keywords are dropped (`discriminator` after conversion, `externalDocs`, `x-`
/// extensions); formats, readOnly/writeOnly and deprecated are kept.
struct SchemaConverter {
    /// How a reference to the named schema is written where this schema is emitted.
    let reference: @Sendable (String) -> String
    /// Whether to keep annotations (title, description, default, examples); a validator needs none.
    var annotations = true

    func convert(_ ref: SchemaRef) -> JSONValue {
        switch ref {
        case .named(let name): .object([JSONMember("$ref", .string(reference(name)))])
        case .inline(let schema): convert(schema)
        }
    }

    func convert(_ schema: Schema) -> JSONValue {
        if schema.isNever { return .bool(false) }
        var members: [JSONMember] = []
        func add(_ key: String, _ value: JSONValue?) {
            if let value { members.append(JSONMember(key, value)) }
        }
        if let types = schema.types {
            add("type", types.count == 1 ? .string(types[0].rawValue) : .array(types.map { .string($0.rawValue) }))
        }
        add("format", schema.format.map(JSONValue.string))
        if annotations {
            add("title", schema.title.map(JSONValue.string))
            add("description", schema.description.map(JSONValue.string))
        }
        add("enum", schema.enumValues.map(JSONValue.array))
        add("const", schema.const)
        if annotations {
            add("default", schema.defaultValue)
            add("examples", schema.examples.map(JSONValue.array))
        }
        if let numeric = schema.numeric {
            add("multipleOf", numeric.multipleOf.map(JSONValue.number))
            add("minimum", numeric.minimum.map(JSONValue.number))
            add("maximum", numeric.maximum.map(JSONValue.number))
            add("exclusiveMinimum", numeric.exclusiveMinimum.map(JSONValue.number))
            add("exclusiveMaximum", numeric.exclusiveMaximum.map(JSONValue.number))
        }
        if let string = schema.string {
            add("minLength", string.minLength.map(JSONValue.integer))
            add("maxLength", string.maxLength.map(JSONValue.integer))
            add("pattern", string.pattern.map(JSONValue.string))
            add("contentMediaType", string.contentMediaType.map(JSONValue.string))
            add("contentEncoding", string.contentEncoding.map(JSONValue.string))
            if annotations { add("contentSchema", string.contentSchema.map(convert)) }
        }
        if let array = schema.array {
            add("items", array.items.map(convert))
            add("prefixItems", array.prefixItems.map { .array($0.map(convert)) })
            add("minItems", array.minItems.map(JSONValue.integer))
            add("maxItems", array.maxItems.map(JSONValue.integer))
            add("uniqueItems", array.uniqueItems.map(JSONValue.bool))
            add("contains", array.contains.map(convert))
            add("minContains", array.minContains.map(JSONValue.integer))
            add("maxContains", array.maxContains.map(JSONValue.integer))
            add("unevaluatedItems", array.unevaluatedItems.map(convert))
        }
        if let object = schema.object {
            if !object.properties.isEmpty {
                add("properties", .object(object.properties.map { JSONMember($0.name, convert($0.schema)) }))
            }
            var required = object.required
            if let discriminator = schema.discriminator, !required.contains(discriminator.propertyName) {
                required.append(discriminator.propertyName)
            }
            add("required", required.isEmpty ? nil : .array(required.map(JSONValue.string)))
            add("additionalProperties", object.additionalProperties.map(convert))
            add("patternProperties", object.patternProperties.map { .object($0.map { JSONMember($0.pattern, convert($0.schema)) }) })
            add("propertyNames", object.propertyNames.map(convert))
            add("minProperties", object.minProperties.map(JSONValue.integer))
            add("maxProperties", object.maxProperties.map(JSONValue.integer))
            add("dependentRequired", object.dependentRequired.map { .object($0.map { JSONMember($0.property, .array($0.required.map(JSONValue.string))) }) })
            add("dependentSchemas", object.dependentSchemas.map { .object($0.map { JSONMember($0.property, convert($0.schema)) }) })
            add("unevaluatedProperties", object.unevaluatedProperties.map(convert))
        } else if let discriminator = schema.discriminator {
            add("required", .array([.string(discriminator.propertyName)]))
        }
        let discriminatorRules = discriminatorRules(schema)
        let allOf = (schema.allOf ?? []).map(convert) + discriminatorRules
        add("allOf", allOf.isEmpty ? nil : .array(allOf))
        add("oneOf", schema.oneOf.map { .array($0.map(convert)) })
        add("anyOf", schema.anyOf.map { .array($0.map(convert)) })
        add("not", schema.not.map(convert))
        if let conditional = schema.conditional {
            add("if", convert(conditional.condition))
            add("then", conditional.then.map(convert))
            add("else", conditional.otherwise.map(convert))
        }
        add("readOnly", schema.readOnly.map(JSONValue.bool))
        add("writeOnly", schema.writeOnly.map(JSONValue.bool))
        add("deprecated", schema.deprecated.map(JSONValue.bool))
        return .object(members)
    }

    /// Keeps a discriminator enforceable in plain JSON Schema: for each discriminator value, an
    /// `if` the property has that value `then` the instance must match the mapped schema.
    /// Only for `oneOf`/`anyOf` discriminators: in the `allOf` inheritance pattern the mapped
    /// schemas include the parent, and the rule would loop back into itself.
    private func discriminatorRules(_ schema: Schema) -> [JSONValue] {
        guard let discriminator = schema.discriminator, let branches = schema.oneOf ?? schema.anyOf else { return [] }
        var mapping = discriminator.mapping.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        // Implicit mapping: a named branch not mapped explicitly is selected by its own name.
        let explicitTargets = Set(discriminator.mapping.values)
        for case .named(let name) in branches where !explicitTargets.contains(name) && discriminator.mapping[name] == nil {
            mapping.append((name, name))
        }
        return mapping.map { value, target in
            .object([
                JSONMember("if", .object([
                    JSONMember("properties", .object([JSONMember(discriminator.propertyName, .object([JSONMember("const", .string(value))]))])),
                    JSONMember("required", .array([.string(discriminator.propertyName)])),
                ])),
                JSONMember("then", convert(.named(target))),
            ])
        }
    }
}
