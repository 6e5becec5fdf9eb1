import SpeccDiagnostics
import SpeccIR
import SpeccYAML

extension LoweringContext {
    /// A schema where one is expected: a `$ref` becomes `.named` (queued for lowering), anything
    /// else is lowered in place. 3.1 refs with sibling keywords become the siblings plus `allOf: [ref]`.
    func lowerSchemaRef(_ node: YAMLNode, _ what: String) -> SchemaRef? {
        if node.isScalar, case .bool(let flag) = node.resolved {
            guard version >= .v3_1 else {
                sink.error("type-mismatch", "\(what) must be a Schema Object; boolean schemas need OpenAPI 3.1", at: node.location)
                return nil
            }
            return .inline(flag ? Schema(location: node.location) : .never(at: node.location))
        }
        guard expectMapping(node, what) else { return nil }
        guard let refNode = RefResolver.reference(in: node) ?? dynamicReference(in: node) else {
            return .inline(lowerSchema(node))
        }
        guard let target = resolver.target(of: refNode, sink: &sink) else { return nil }
        let reference = SchemaRef.named(schemaName(for: target))
        let siblings = node.pairs.filter { !$0.key.scalarEquals("$ref") && !$0.key.scalarEquals("$dynamicRef") }
        guard version >= .v3_1, !siblings.isEmpty else { return reference }
        var schema = lowerSchema(node)
        schema.allOf = [reference] + (schema.allOf ?? [])
        return .inline(schema)
    }

    /// Lowers every queued named schema, including those queued while doing so.
    func drainSchemaQueue(into graph: inout [String: Schema]) {
        while !schemas.pending.isEmpty {
            for (name, node) in schemas.takePending() {
                graph[name] = lowerNamedSchema(node, name: name)
            }
        }
    }

    /// A named schema's body. One that is itself a pure `$ref` is an alias: `allOf` of its target,
    /// after checking that the chain of aliases does not loop back with no schema in between.
    func lowerNamedSchema(_ node: YAMLNode, name: String) -> Schema {
        if RefResolver.reference(in: node) != nil, resolver.resolve(node, sink: &sink) == nil {
            return Schema(location: node.location)
        }
        switch lowerSchemaRef(node, "schema '\(name)'") {
        case .inline(let schema)?: return schema
        case .named(let target)?:
            var alias = Schema(location: node.location)
            alias.allOf = [.named(target)]
            return alias
        case nil: return Schema(location: node.location)
        }
    }

    /// The keywords of one Schema Object (not a reference).
    func lowerSchema(_ node: YAMLNode) -> Schema {
        var schema = Schema(location: node.location)
        let owner = "schema"
        // Each keyword is asked for only when the schema has it: absent, it would read as nil.
        let present = SchemaKeywords(of: node)
        if present.contains(.type) { schema.types = lowerTypes(node) }
        if present.contains(.format) { schema.format = string(node, "format", in: owner) }
        if present.contains(.title) { schema.title = string(node, "title", in: owner) }
        if present.contains(.description) { schema.description = string(node, "description", in: owner) }
        if present.contains(.enum), let values = node["enum"] {
            if values.isSequence {
                schema.enumValues = values.items.map(\.jsonValue)
            } else {
                sink.error("type-mismatch", "'enum' must be a list, not \(values.kindName)", at: values.location)
            }
        }
        if present.contains(.const) { schema.const = node["const"].map(\.jsonValue) }
        if present.contains(.default) { schema.defaultValue = node["default"].map(\.jsonValue) }
        if present.hasAny([.examples, .example]) { schema.examples = lowerSchemaExamples(node) }
        if present.hasAny(.numeric) { schema.numeric = lowerNumericConstraints(node) }
        if present.hasAny(.string) { schema.string = lowerStringConstraints(node) }
        if present.hasAny(.array) { schema.array = lowerArrayShape(node, present) }
        if present.hasAny(.object) { schema.object = lowerObjectShape(node, present) }
        if present.contains(.allOf) { schema.allOf = lowerSchemaList(node, "allOf") }
        if present.contains(.oneOf) { schema.oneOf = lowerSchemaList(node, "oneOf") }
        if present.contains(.anyOf) { schema.anyOf = lowerSchemaList(node, "anyOf") }
        if present.contains(.not) { schema.not = node["not"].flatMap { lowerSchemaRef($0, "'not'") } }
        if present.hasAny(.conditional) { schema.conditional = lowerConditional(node) }
        if present.contains(.discriminator) { schema.discriminator = lowerDiscriminator(node) }
        if present.contains(.xml), let xml = mapping(node, "xml", in: owner) { checkXML(xml) }
        if present.contains(.readOnly) { schema.readOnly = bool(node, "readOnly", in: owner) }
        if present.contains(.writeOnly) { schema.writeOnly = bool(node, "writeOnly", in: owner) }
        if present.contains(.deprecated) { schema.deprecated = bool(node, "deprecated", in: owner) }
        if present.contains(.externalDocs) { schema.externalDocs = lowerExternalDocs(node) }
        if present.contains(.extensions) { schema.extensions = extensions(of: node) }
        if present.contains(.nullable) { applyNullable(node, to: &schema) }
        if present.contains(.required) { recordRequiredProperties(schema, node) }
        return schema
    }

    private func lowerTypes(_ node: YAMLNode) -> [JSONType]? {
        guard let value = node["type"] else { return nil }
        // Nearly every schema names one type other than null: matched on the bytes, and answered
        // with a list shared by every schema of that type.
        if let type = Self.singleTypes.first(where: { value.scalarEquals($0.key.rawValue) })?.value, !value.resolvesToNull { return type }
        let names: [YAMLNode]
        if value.isSequence {
            if version == .v3_0 {
                sink.error("type-mismatch", "'type' must be a single string in OpenAPI 3.0; type lists need 3.1 (or use 'nullable')", at: value.location)
            }
            names = value.items
        } else {
            names = [value]
        }
        var types: [JSONType] = []
        for name in names {
            guard let text = stringValue(name, "'type'") else { continue }
            guard let type = JSONType(rawValue: text), version >= .v3_1 || type != .null else {
                let suggestion = text == "null" ? nil : Suggestion.closest(to: text, in: JSONType.allCases.map(\.rawValue))
                let hint = text == "null" ? " in OpenAPI 3.0; use 'nullable: true'" : ""
                sink.error("schema-type-unknown", "'\(text)' is not a schema type\(hint)", at: name.location,
                           notes: suggestion.map { [.init("did you mean '\($0)'?")] } ?? [])
                continue
            }
            if !types.contains(type) { types.append(type) }
        }
        return types
    }

    private static let singleTypes: [(key: JSONType, value: [JSONType])] = JSONType.allCases.filter { $0 != .null }.map { ($0, [$0]) }

    /// 3.0's `nullable: true` in 3.1 terms: `null` joins the types, and the enum if there is one;
    /// on a composition without `type`, null becomes one more alternative.
    private func applyNullable(_ node: YAMLNode, to schema: inout Schema) {
        guard let nullable = bool(node, "nullable", in: "schema"), nullable else { return }
        if version >= .v3_1 {
            sink.warning("nullable-in-3.1", "'nullable' is not part of OpenAPI 3.1 and is read as in 3.0; write the type as a list with \"null\"", at: node["nullable"]!.location)
        }
        if var types = schema.types, !types.contains(.null) {
            types.append(.null)
            schema.types = types
        }
        if var values = schema.enumValues, !values.contains(.null) {
            values.append(.null)
            schema.enumValues = values
        }
        guard schema.types == nil else { return }
        // 3.0.3 says `nullable` only acts next to `type`, but specs write it on compositions
        // (Stripe: `anyOf: [string, $ref], nullable: true`) and their APIs do return null there.
        // specc follows that intent: null becomes one more alternative.
        var null = Schema(location: schema.location)
        null.types = [.null]
        if let anyOf = schema.anyOf {
            schema.anyOf = anyOf + [.inline(null)]
        } else if let oneOf = schema.oneOf {
            schema.oneOf = oneOf + [.inline(null)]
        } else if let allOf = schema.allOf {
            var branch = Schema(location: schema.location)
            branch.allOf = allOf
            schema.allOf = nil
            schema.anyOf = [.inline(branch), .inline(null)]
        }
    }

    private func lowerSchemaExamples(_ node: YAMLNode) -> [JSONValue]? {
        var examples: [JSONValue] = []
        if let list = node["examples"] {
            if list.isSequence {
                examples += list.items.map(\.jsonValue)
            } else if version >= .v3_1 {
                sink.error("type-mismatch", "'examples' in a schema must be a list, not \(list.kindName)", at: list.location)
            }
        }
        if let example = node["example"] { examples.append(example.jsonValue) }
        return examples.isEmpty ? nil : examples
    }

    func lowerSchemaList(_ node: YAMLNode, _ key: String) -> [SchemaRef]? {
        guard let items = sequence(node, key, in: "schema") else { return nil }
        if items.isEmpty {
            sink.error("schema-empty-list", "'\(key)' must list at least one schema", at: node[key]!.location)
        }
        return items.compactMap { lowerSchemaRef($0, "each item of '\(key)'") }
    }

    private func lowerDiscriminator(_ node: YAMLNode) -> Discriminator? {
        guard let object = mapping(node, "discriminator", in: "schema") else { return nil }
        checkKnownFields(object, .discriminator, owner: "discriminator")
        guard let property = string(object, "propertyName", in: "discriminator", required: true) else { return nil }
        var discriminator = Discriminator(propertyName: property)
        if let map = mapping(object, "mapping", in: "discriminator", keysAreData: true) {
            for (value, _, target) in entries(map) {
                if let name = mappedSchema(target, "discriminator mapping '\(value)'") { discriminator.mapping[value] = name }
            }
        }
        if let target = object["defaultMapping"] {
            discriminator.defaultMapping = mappedSchema(target, "'defaultMapping' of the discriminator")
        }
        if version >= .v3_2, discriminator.defaultMapping == nil, object["defaultMapping"] == nil, !DiscriminatorRequirement(context: self).isRequired(property, in: node) {
            sink.error("discriminator-default-mapping", "the discriminator's property '\(property)' is optional, so OpenAPI 3.2 requires a 'defaultMapping' naming the schema for payloads without it", at: object["propertyName"]!.location,
                       notes: [.init("or list '\(property)' in 'required' of this schema or of every branch")])
        }
        return discriminator
    }

    /// The schema a `mapping` or `defaultMapping` value names: a bare name is a component
    /// schema; anything with `#` or `/` is a reference.
    private func mappedSchema(_ target: YAMLNode, _ what: String) -> String? {
        guard let ref = stringValue(target, what) else { return nil }
        let refText = ref.contains("#") || ref.contains("/") ? ref : "#/components/schemas/\(ref)"
        return resolver.target(ofReference: refText, writtenAt: target, sink: &sink).map { schemaName(for: $0) }
    }

    /// `then` and `else` apply only beside an `if`; alone they are inert, which is worth saying.
    private func lowerConditional(_ node: YAMLNode) -> Conditional? {
        guard let condition = node["if"].flatMap({ lowerSchemaRef($0, "'if'") }) else {
            for key in ["then", "else"] where node[key] != nil {
                sink.warning("schema-keyword-inert", "'\(key)' has no effect without 'if'", at: node.pair(key)!.key.location)
            }
            return nil
        }
        return Conditional(condition: condition,
                           then: node["then"].flatMap { lowerSchemaRef($0, "'then'") },
                           otherwise: node["else"].flatMap { lowerSchemaRef($0, "'else'") })
    }

    /// A `$dynamicRef` is read as a reference to the schema it names in its own resource (the
    /// dynamic scope of one document without nested `$id`s has nothing else to offer). Where the
    /// document declares the same `$dynamicAnchor` more than once, validation may pick another:
    /// specc says so where the reference is written.
    private func dynamicReference(in node: YAMLNode) -> YAMLNode? {
        guard node.isMapping, let reference = node["$dynamicRef"] else { return nil }
        if let text = reference.scalar, let hash = text.firstIndex(of: "#") {
            let name = String(text[text.index(after: hash)...])
            let declared = resolver.identifiers(of: node.document).dynamicAnchors[name] ?? []
            if declared.count > 1 {
                sink.warning("dynamic-ref-static", "'$dynamicRef: \(text)' is read as a reference to the '\(name)' anchor of its own schema resource; the document declares '$dynamicAnchor: \(name)' \(declared.count) times, and a validator following the dynamic scope may resolve it to another of them", at: reference.location,
                             notes: declared.map { .init("'$dynamicAnchor: \(name)' here", at: $0.node.location) })
            }
        }
        return reference
    }

    /// Records a `required` list for `RequiredPropertiesCheck`, which needs the whole schema graph;
    /// a name listed twice is reported here (JSON Schema requires the names to be unique).
    private func recordRequiredProperties(_ schema: Schema, _ node: YAMLNode) {
        guard let location = schema.location, let requiredNode = node["required"], requiredNode.isSequence else { return }
        let own = schema.object?.properties ?? []
        var seen: [String: SourceLocation] = [:]
        // Only the names the schema does not define itself: the check walks the schema graph
        // for those alone, and for none at all in a spec whose lists are all local (Stripe's).
        var written: [RequiredPropertiesCheck.Entry] = []
        for item in requiredNode.items {
            guard let name = item.scalar, item.isScalar else { continue }
            if let first = seen[name] {
                sink.warning("required-duplicate", "'\(name)' is listed twice in 'required'", at: item.location,
                             notes: [.init("first listed here", at: first)])
                continue
            }
            seen[name] = item.location
            if !own.contains(where: { $0.name == name }) { written.append(.init(name: name, location: item.location)) }
        }
        if !written.isEmpty { requiredEntries[location] = written }
    }
}

extension LoweringContext {
    /// The XML Object; 3.2's `nodeType` replaces `attribute` and `wrapped`, so it may not stand
    /// beside them (§4.25.1).
    func checkXML(_ xml: YAMLNode) {
        checkKnownFields(xml, .xml, owner: "xml")
        guard let nodeType = xml.pair("nodeType") else { return }
        if let kind = stringValue(nodeType.value, "'nodeType' of xml"), !["element", "attribute", "text", "cdata", "none"].contains(kind) {
            sink.error("xml-node-type", "'nodeType' of xml is '\(kind)'; expected element, attribute, text, cdata or none", at: nodeType.value.location)
        }
        for old in ["attribute", "wrapped"] {
            guard let pair = xml.pair(old) else { continue }
            let later = pair.key.location > nodeType.key.location ? pair : nodeType
            sink.error("xml-node-type-exclusive", "xml has both 'nodeType' and '\(old)'; 'nodeType' replaces '\(old)' (write nodeType: \(old == "attribute" ? "attribute" : "element"))", at: later.key.location)
        }
    }
}
