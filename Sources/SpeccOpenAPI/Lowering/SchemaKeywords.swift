import SpeccYAML

/// Which groups of keywords a Schema Object has, found in one pass over its keys: lowering asks
/// only the groups present for their keywords (a typical schema has a type and a description,
/// and would otherwise be asked for some fifty keywords it lacks, one lookup each).
struct SchemaKeywords: OptionSet {
    let rawValue: UInt16

    static let numeric = SchemaKeywords(rawValue: 1 << 0)
    static let string = SchemaKeywords(rawValue: 1 << 1)
    static let array = SchemaKeywords(rawValue: 1 << 2)
    static let object = SchemaKeywords(rawValue: 1 << 3)
    static let conditional = SchemaKeywords(rawValue: 1 << 4)
    static let values = SchemaKeywords(rawValue: 1 << 5)
    static let composition = SchemaKeywords(rawValue: 1 << 6)
    static let annotations = SchemaKeywords(rawValue: 1 << 7)
    static let extensions = SchemaKeywords(rawValue: 1 << 8)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The groups `node`'s keys belong to.
    init(of node: YAMLNode) {
        var found = SchemaKeywords()
        node.forEachScalarKey { key in
            if key.count >= 2, key[0] == UInt8(ascii: "x"), key[1] == UInt8(ascii: "-") {
                found.insert(.extensions)
                return
            }
            guard key.count < Self.byLength.count else { return }
            for (keyword, group) in Self.byLength[key.count] where keyword.elementsEqual(key) {
                found.insert(group)
                return
            }
        }
        self = found
    }

    /// Every keyword each group's lowering reads.
    private static let groups: [(SchemaKeywords, [String])] = [
        (.numeric, ["multipleOf", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]),
        (.string, ["minLength", "maxLength", "pattern", "contentMediaType", "contentEncoding", "contentSchema"]),
        (.array, ["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains", "minContains", "maxContains", "unevaluatedItems"]),
        (.object, ["properties", "required", "additionalProperties", "patternProperties", "propertyNames", "minProperties", "maxProperties",
                   "dependentRequired", "dependentSchemas", "unevaluatedProperties"]),
        (.conditional, ["if", "then", "else"]),
        (.values, ["enum", "const", "default", "examples", "example"]),
        (.composition, ["allOf", "oneOf", "anyOf", "not"]),
        (.annotations, ["type", "format", "title", "description", "readOnly", "writeOnly", "deprecated", "nullable", "externalDocs", "xml",
                        "discriminator"]),
    ]

    /// The keywords by their length in bytes, each with its group.
    private static let byLength: [[([UInt8], SchemaKeywords)]] = {
        var table = [[([UInt8], SchemaKeywords)]](repeating: [], count: 32)
        for (group, keywords) in groups {
            for keyword in keywords { table[keyword.utf8.count].append((Array(keyword.utf8), group)) }
        }
        return table
    }()
}
