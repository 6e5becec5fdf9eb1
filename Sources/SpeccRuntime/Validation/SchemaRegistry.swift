import Foundation

/// Every schema of a set of JSON Schema 2020-12 documents, compiled once into `SchemaNode`s and
/// indexed by the URIs that identify them: each resource (`$id`) by its URI, every subschema by
/// its JSON pointer within its resource, `$anchor` and `$dynamicAnchor` names by fragment. All
/// `$ref` and `$dynamicRef` targets are linked while building, so validation never parses a URI.
final class SchemaRegistry: @unchecked Sendable {
    private var nodes: [String: SchemaNode] = [:]
    private var dynamicAnchors: [String: [String: SchemaNode]] = [:]
    /// Resource URI → its number (`SchemaNode.resourceID`), and back.
    private var resourceIDs: [String: Int] = [:]
    private var resourceURIs: [String] = []
    /// Each resource's JSON as written, for a pointer into a place no keyword marks as a schema.
    private var resources: [String: AnyJSON] = [:]
    private var patterns: [String: CompiledPattern] = [:]
    private var unlinked: [SchemaNode] = []
    /// Whether any schema has `unevaluatedItems`/`unevaluatedProperties`: only then must the
    /// validator collect which properties and items each subschema evaluated.
    private(set) var tracksEvaluation = false

    static let validationVocabulary = "https://json-schema.org/draft/2020-12/vocab/validation"

    /// `documents` pairs each document with the URI it was retrieved from (its base URI unless its
    /// own `$id` says otherwise); `entryPoints` are URIs of schemas in places no keyword marks as
    /// schemas, compiled too.
    init(documents: [(uri: String, json: AnyJSON)], entryPoints: [String] = []) {
        for document in documents {
            resources[URIReference(document.uri).absolute] = document.json
            if case .object(let keywords) = document.json, case .string(let id)? = keywords["$id"] {
                resources[URIReference(document.uri).resolving(URIReference(id)).absolute] = document.json
            }
        }
        for document in documents {
            _ = compile(document.json, base: URIReference(document.uri).absolute, pointer: "", validation: true)
        }
        for uri in entryPoints { _ = resolve(URIReference(uri)) }
        link()
    }

    /// The schema `uri` (absolute, with its fragment) identifies.
    func node(at uri: String) -> SchemaNode? {
        let reference = URIReference(uri)
        return nodes[reference.absolute + "#" + (reference.fragment ?? "").percentDecoded]
    }

    /// The schema with `$dynamicAnchor: name` in the resource numbered `resource`, if it has one.
    func dynamicAnchor(_ name: String, in resource: Int) -> SchemaNode? {
        dynamicAnchors[resourceURIs[resource]]?[name]
    }

    private func node(in resource: String) -> SchemaNode {
        if let id = resourceIDs[resource] { return SchemaNode(resource: resource, resourceID: id) }
        resourceIDs[resource] = resourceURIs.count
        resourceURIs.append(resource)
        return SchemaNode(resource: resource, resourceID: resourceURIs.count - 1)
    }

    // MARK: Compiling

    private func compile(_ json: AnyJSON, base: String, pointer: String, validation: Bool) -> SchemaNode {
        guard case .object(let keywords) = json else {
            let node = node(in: base)
            // Only booleans are schemas; anything else reached by a pointer constrains nothing.
            node.constant = json != .bool(false)
            nodes[base + "#" + pointer] = node
            return node
        }
        var resource = base
        var pointer = pointer
        let outerKey = base + "#" + pointer
        if case .string(let id)? = keywords["$id"] {
            resource = URIReference(base).resolving(URIReference(id)).absolute
            pointer = ""
            resources[resource] = json
        }
        let node = node(in: resource)
        nodes[outerKey] = node
        nodes[resource + "#" + pointer] = node
        if case .string(let anchor)? = keywords["$anchor"] { nodes[resource + "#" + anchor] = node }
        if case .string(let anchor)? = keywords["$dynamicAnchor"] {
            nodes[resource + "#" + anchor] = node
            dynamicAnchors[resource, default: [:]][anchor] = node
        }
        var validation = validation
        if case .string(let metaschema)? = keywords["$schema"] { validation = usesValidationVocabulary(metaschema) }

        func schema(_ value: AnyJSON?, _ path: String...) -> SchemaNode? {
            guard let value else { return nil }
            return compile(value, base: resource, pointer: pointer + path.map { "/" + Pointer.escape($0) }.joined(), validation: validation)
        }
        func schemas(_ key: String) -> [SchemaNode]? {
            guard case .array(let list)? = keywords[key] else { return nil }
            return list.enumerated().map { schema($1, key, String($0))! }
        }
        func members(_ key: String) -> [(String, SchemaNode)] {
            guard case .object(let map)? = keywords[key] else { return [] }
            return map.keys.sorted().map { ($0, schema(map[$0], key, $0)!) }
        }

        node.reference = Self.string(keywords["$ref"])
        node.dynamicReference = Self.string(keywords["$dynamicRef"])
        if node.reference != nil || node.dynamicReference != nil { unlinked.append(node) }

        if validation {
            node.types = keywords["type"]
            if case .array(let values)? = keywords["enum"] { node.enumValues = values }
            node.constValue = keywords["const"]
            node.minimum = keywords["minimum"].flatMap(JSONTypes.number)
            node.maximum = keywords["maximum"].flatMap(JSONTypes.number)
            node.exclusiveMinimum = keywords["exclusiveMinimum"].flatMap(JSONTypes.number)
            node.exclusiveMaximum = keywords["exclusiveMaximum"].flatMap(JSONTypes.number)
            node.multipleOf = keywords["multipleOf"].flatMap(JSONTypes.number)
            node.minLength = Self.count(keywords["minLength"])
            node.maxLength = Self.count(keywords["maxLength"])
            node.pattern = Self.string(keywords["pattern"]).map(compiledPattern)
            node.minItems = Self.count(keywords["minItems"])
            node.maxItems = Self.count(keywords["maxItems"])
            node.uniqueItems = keywords["uniqueItems"] == .bool(true)
            node.minContains = Self.count(keywords["minContains"])
            node.maxContains = Self.count(keywords["maxContains"])
            node.minProperties = Self.count(keywords["minProperties"])
            node.maxProperties = Self.count(keywords["maxProperties"])
            node.required = Self.strings(keywords["required"])
            if case .object(let map)? = keywords["dependentRequired"] {
                node.dependentRequired = map.keys.sorted().map { ($0, Self.strings(map[$0])) }
            }
        }
        node.format = Self.string(keywords["format"])
        node.readOnly = keywords["readOnly"] == .bool(true)
        node.writeOnly = keywords["writeOnly"] == .bool(true)

        node.prefixItems = schemas("prefixItems")
        node.items = schema(keywords["items"], "items")
        node.contains = schema(keywords["contains"], "contains")
        let properties = members("properties")
        if !properties.isEmpty || keywords["properties"] != nil { node.properties = Dictionary(properties, uniquingKeysWith: { first, _ in first }) }
        node.patternProperties = members("patternProperties").map { (compiledPattern($0.0), $0.1) }
        node.additionalProperties = schema(keywords["additionalProperties"], "additionalProperties")
        node.propertyNames = schema(keywords["propertyNames"], "propertyNames")
        node.dependentSchemas = members("dependentSchemas")
        node.allOf = schemas("allOf")
        node.anyOf = schemas("anyOf")
        node.oneOf = schemas("oneOf")
        node.not = schema(keywords["not"], "not")
        node.ifSchema = schema(keywords["if"], "if")
        node.thenSchema = schema(keywords["then"], "then")
        node.elseSchema = schema(keywords["else"], "else")
        node.unevaluatedItems = schema(keywords["unevaluatedItems"], "unevaluatedItems")
        node.unevaluatedProperties = schema(keywords["unevaluatedProperties"], "unevaluatedProperties")
        if node.unevaluatedItems != nil || node.unevaluatedProperties != nil { tracksEvaluation = true }
        // Reachable by pointer and `$anchor`, though they assert nothing where they are.
        _ = members("$defs")
        _ = schema(keywords["contentSchema"], "contentSchema")
        return node
    }

    /// A metaschema that lists its vocabularies without the validation one turns those keywords
    /// into annotations (JSON Schema Core §8.1.2); one this registry does not hold changes nothing.
    private func usesValidationVocabulary(_ metaschema: String) -> Bool {
        guard case .object(let keywords)? = resources[URIReference(metaschema).absolute],
              case .object(let vocabularies)? = keywords["$vocabulary"] else { return true }
        return vocabularies[Self.validationVocabulary] != nil
    }

    private func compiledPattern(_ source: String) -> CompiledPattern {
        if let cached = patterns[source] { return cached }
        let pattern = CompiledPattern(source: source, regex: try? NSRegularExpression(pattern: source))
        patterns[source] = pattern
        return pattern
    }

    // MARK: Linking

    private func link() {
        while let node = unlinked.popLast() {
            let base = URIReference(node.resource)
            if let reference = node.reference {
                node.referenceTarget = resolve(base.resolving(URIReference(reference)))
            }
            if let reference = node.dynamicReference {
                let target = base.resolving(URIReference(reference))
                node.dynamicTarget = resolve(target)
                if let name = target.fragment, !name.isEmpty, !name.hasPrefix("/"), let found = node.dynamicTarget,
                   dynamicAnchors[target.absolute]?[name] === found {
                    node.dynamicAnchorName = name
                }
            }
        }
    }

    /// The node `uri` names; a JSON pointer into a place no keyword marks as a schema (inside an
    /// unknown keyword, say) is compiled from the resource's JSON when first named.
    private func resolve(_ uri: URIReference) -> SchemaNode? {
        let absolute = uri.absolute
        let fragment = (uri.fragment ?? "").percentDecoded
        if let node = nodes[absolute + "#" + fragment] { return node }
        guard fragment.hasPrefix("/"), var value = resources[absolute] else { return nil }
        for token in fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch value {
            case .object(let members) where members[key] != nil: value = members[key]!
            case .array(let items) where Int(key).map(items.indices.contains) == true: value = items[Int(key)!]
            default: return nil
            }
        }
        return compile(value, base: absolute, pointer: fragment, validation: true)
    }

    // MARK: Reading keyword values

    private static func string(_ value: AnyJSON?) -> String? {
        if case .string(let text)? = value { text } else { nil }
    }

    private static func strings(_ value: AnyJSON?) -> [String] {
        guard case .array(let list)? = value else { return [] }
        return list.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }

    /// A non-negative count; `2.0` counts as 2, as JSON Schema compares numbers by value.
    private static func count(_ value: AnyJSON?) -> Int? {
        switch value {
        case .int(let number)?: number
        case .double(let number)? where number.isFinite && number == number.rounded() && abs(number) < 9e18: Int(number)
        default: nil
        }
    }
}
