import SpeccYAML

/// Which keywords a Schema Object has, found in one pass over its keys: lowering asks a schema
/// only for the keywords it has (a typical schema has a type and a description, and would
/// otherwise be asked for some fifty keywords it lacks, one lookup each), and a group of
/// keywords only when one of them is there.
struct SchemaKeywords: OptionSet, Sendable {
    let rawValue: UInt64

    init(rawValue: UInt64) { self.rawValue = rawValue }

    static let multipleOf = SchemaKeywords(rawValue: 1 << 0)
    static let minimum = SchemaKeywords(rawValue: 1 << 1)
    static let maximum = SchemaKeywords(rawValue: 1 << 2)
    static let exclusiveMinimum = SchemaKeywords(rawValue: 1 << 3)
    static let exclusiveMaximum = SchemaKeywords(rawValue: 1 << 4)
    static let minLength = SchemaKeywords(rawValue: 1 << 5)
    static let maxLength = SchemaKeywords(rawValue: 1 << 6)
    static let pattern = SchemaKeywords(rawValue: 1 << 7)
    static let contentMediaType = SchemaKeywords(rawValue: 1 << 8)
    static let contentEncoding = SchemaKeywords(rawValue: 1 << 9)
    static let contentSchema = SchemaKeywords(rawValue: 1 << 10)
    static let items = SchemaKeywords(rawValue: 1 << 11)
    static let prefixItems = SchemaKeywords(rawValue: 1 << 12)
    static let minItems = SchemaKeywords(rawValue: 1 << 13)
    static let maxItems = SchemaKeywords(rawValue: 1 << 14)
    static let uniqueItems = SchemaKeywords(rawValue: 1 << 15)
    static let contains = SchemaKeywords(rawValue: 1 << 16)
    static let minContains = SchemaKeywords(rawValue: 1 << 17)
    static let maxContains = SchemaKeywords(rawValue: 1 << 18)
    static let unevaluatedItems = SchemaKeywords(rawValue: 1 << 19)
    static let properties = SchemaKeywords(rawValue: 1 << 20)
    static let required = SchemaKeywords(rawValue: 1 << 21)
    static let additionalProperties = SchemaKeywords(rawValue: 1 << 22)
    static let patternProperties = SchemaKeywords(rawValue: 1 << 23)
    static let propertyNames = SchemaKeywords(rawValue: 1 << 24)
    static let minProperties = SchemaKeywords(rawValue: 1 << 25)
    static let maxProperties = SchemaKeywords(rawValue: 1 << 26)
    static let dependentRequired = SchemaKeywords(rawValue: 1 << 27)
    static let dependentSchemas = SchemaKeywords(rawValue: 1 << 28)
    static let unevaluatedProperties = SchemaKeywords(rawValue: 1 << 29)
    static let `if` = SchemaKeywords(rawValue: 1 << 30)
    static let then = SchemaKeywords(rawValue: 1 << 31)
    static let `else` = SchemaKeywords(rawValue: 1 << 32)
    static let `enum` = SchemaKeywords(rawValue: 1 << 33)
    static let const = SchemaKeywords(rawValue: 1 << 34)
    static let `default` = SchemaKeywords(rawValue: 1 << 35)
    static let examples = SchemaKeywords(rawValue: 1 << 36)
    static let example = SchemaKeywords(rawValue: 1 << 37)
    static let allOf = SchemaKeywords(rawValue: 1 << 38)
    static let oneOf = SchemaKeywords(rawValue: 1 << 39)
    static let anyOf = SchemaKeywords(rawValue: 1 << 40)
    static let not = SchemaKeywords(rawValue: 1 << 41)
    static let type = SchemaKeywords(rawValue: 1 << 42)
    static let format = SchemaKeywords(rawValue: 1 << 43)
    static let title = SchemaKeywords(rawValue: 1 << 44)
    static let description = SchemaKeywords(rawValue: 1 << 45)
    static let readOnly = SchemaKeywords(rawValue: 1 << 46)
    static let writeOnly = SchemaKeywords(rawValue: 1 << 47)
    static let deprecated = SchemaKeywords(rawValue: 1 << 48)
    static let nullable = SchemaKeywords(rawValue: 1 << 49)
    static let externalDocs = SchemaKeywords(rawValue: 1 << 50)
    static let xml = SchemaKeywords(rawValue: 1 << 51)
    static let discriminator = SchemaKeywords(rawValue: 1 << 52)
    /// Any `x-` key.
    static let extensions = SchemaKeywords(rawValue: 1 << 53)

    /// The keywords each constraint family's lowering reads, asked for only when one is there.
    static let numeric: SchemaKeywords = [.multipleOf, .minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum]
    static let string: SchemaKeywords = [.minLength, .maxLength, .pattern, .contentMediaType, .contentEncoding, .contentSchema]
    static let array: SchemaKeywords = [.items, .prefixItems, .minItems, .maxItems, .uniqueItems, .contains, .minContains, .maxContains, .unevaluatedItems]
    static let object: SchemaKeywords = [.properties, .required, .additionalProperties, .patternProperties, .propertyNames, .minProperties, .maxProperties, .dependentRequired, .dependentSchemas, .unevaluatedProperties]
    static let conditional: SchemaKeywords = [.`if`, .then, .`else`]

    /// The keywords of `node`'s keys.
    init(of node: YAMLNode) {
        var found = SchemaKeywords()
        let table = Self.table
        node.forEachScalarKey { key in
            if key.isExtensionKey {
                found.insert(.extensions)
            } else if let keyword = table.value(of: key) {
                found.insert(keyword)
            }
        }
        self = found
    }

    /// Whether any of `keywords` is present.
    func hasAny(_ keywords: SchemaKeywords) -> Bool { !isDisjoint(with: keywords) }

    private static let names: [(String, SchemaKeywords)] = [
        ("multipleOf", .multipleOf), ("minimum", .minimum), ("maximum", .maximum), ("exclusiveMinimum", .exclusiveMinimum),
        ("exclusiveMaximum", .exclusiveMaximum), ("minLength", .minLength), ("maxLength", .maxLength), ("pattern", .pattern),
        ("contentMediaType", .contentMediaType), ("contentEncoding", .contentEncoding), ("contentSchema", .contentSchema), ("items", .items),
        ("prefixItems", .prefixItems), ("minItems", .minItems), ("maxItems", .maxItems), ("uniqueItems", .uniqueItems),
        ("contains", .contains), ("minContains", .minContains), ("maxContains", .maxContains), ("unevaluatedItems", .unevaluatedItems),
        ("properties", .properties), ("required", .required), ("additionalProperties", .additionalProperties), ("patternProperties", .patternProperties),
        ("propertyNames", .propertyNames), ("minProperties", .minProperties), ("maxProperties", .maxProperties), ("dependentRequired", .dependentRequired),
        ("dependentSchemas", .dependentSchemas), ("unevaluatedProperties", .unevaluatedProperties), ("if", .`if`), ("then", .then),
        ("else", .`else`), ("enum", .`enum`), ("const", .const), ("default", .`default`),
        ("examples", .examples), ("example", .example), ("allOf", .allOf), ("oneOf", .oneOf),
        ("anyOf", .anyOf), ("not", .not), ("type", .type), ("format", .format),
        ("title", .title), ("description", .description), ("readOnly", .readOnly), ("writeOnly", .writeOnly),
        ("deprecated", .deprecated), ("nullable", .nullable), ("externalDocs", .externalDocs), ("xml", .xml),
        ("discriminator", .discriminator),
    ]

    private static let table = ByteKeyTable(names.map { (name: $0.0, value: $0.1) })
}
