import SpeccDiagnostics

/// A JSON Schema type name. OpenAPI 3.0's `nullable: true` becomes `.null` in the schema's types.
public enum JSONType: String, Hashable, Sendable, Codable, CaseIterable {
    case null, boolean, object, array, number, string, integer
}

/// Either a reference to a named schema of the API's schema graph, or a schema written in place.
///
/// Recursion goes through `.named`, so the graph holds cycles without infinite values. An inline
/// schema is one pointer (its fields live in `Schema`'s box), so the enum needs no box of its own:
/// 16 bytes (a name's inline string), where `indirect` made it 8 and allocated a box for every case,
/// names included.
public enum SchemaRef: Hashable, Sendable {
    case named(String)
    case inline(Schema)

    public var name: String? {
        if case .named(let name) = self { return name }
        return nil
    }
}

/// One schema: the JSON Schema vocabulary OpenAPI 3.0 and 3.1 share, normalised to 3.1 meaning.
///
/// The fields live in one copy-on-write box. Every stage copies schemas out of the graph (a
/// pattern match on `.inline`, a dictionary lookup, a walk of `allOf`); with the fields inline a
/// copy retained each of the dozen references among them, now it retains one. A mutation copies
/// the box only when it is shared, so values keep plain value semantics.
public struct Schema: Hashable, Sendable, Codable {
    @usableFromInline var storage: Storage

    public init(location: SourceLocation? = nil) {
        storage = Storage(Fields(location: location))
    }

    @inlinable public var location: SourceLocation? {
        get { storage.fields.location }
        _modify { makeUnique(); yield &storage.fields.location }
    }
    /// Allowed types; nil means any type. Includes `.null` for 3.0 `nullable` and 3.1 `"null"`.
    @inlinable public var types: [JSONType]? {
        get { storage.fields.types }
        _modify { makeUnique(); yield &storage.fields.types }
    }
    @inlinable public var format: String? {
        get { storage.fields.format }
        _modify { makeUnique(); yield &storage.fields.format }
    }
    @inlinable public var title: String? {
        get { storage.fields.title }
        _modify { makeUnique(); yield &storage.fields.title }
    }
    @inlinable public var description: String? {
        get { storage.fields.description }
        _modify { makeUnique(); yield &storage.fields.description }
    }
    @inlinable public var enumValues: [JSONValue]? {
        get { storage.fields.enumValues }
        _modify { makeUnique(); yield &storage.fields.enumValues }
    }
    @inlinable public var const: JSONValue? {
        get { storage.fields.const }
        _modify { makeUnique(); yield &storage.fields.const }
    }
    @inlinable public var defaultValue: JSONValue? {
        get { storage.fields.defaultValue }
        _modify { makeUnique(); yield &storage.fields.defaultValue }
    }
    @inlinable public var examples: [JSONValue]? {
        get { storage.fields.examples }
        _modify { makeUnique(); yield &storage.fields.examples }
    }
    @inlinable public var numeric: NumericConstraints? {
        get { storage.fields.numeric }
        _modify { makeUnique(); yield &storage.fields.numeric }
    }
    @inlinable public var string: StringConstraints? {
        get { storage.fields.string }
        _modify { makeUnique(); yield &storage.fields.string }
    }
    @inlinable public var array: ArrayShape? {
        get { storage.fields.array }
        _modify { makeUnique(); yield &storage.fields.array }
    }
    @inlinable public var object: ObjectShape? {
        get { storage.fields.object }
        _modify { makeUnique(); yield &storage.fields.object }
    }
    @inlinable public var allOf: [SchemaRef]? {
        get { storage.fields.allOf }
        _modify { makeUnique(); yield &storage.fields.allOf }
    }
    @inlinable public var oneOf: [SchemaRef]? {
        get { storage.fields.oneOf }
        _modify { makeUnique(); yield &storage.fields.oneOf }
    }
    @inlinable public var anyOf: [SchemaRef]? {
        get { storage.fields.anyOf }
        _modify { makeUnique(); yield &storage.fields.anyOf }
    }
    @inlinable public var not: SchemaRef? {
        get { storage.fields.not }
        _modify { makeUnique(); yield &storage.fields.not }
    }
    @inlinable public var conditional: Conditional? {
        get { storage.fields.conditional }
        _modify { makeUnique(); yield &storage.fields.conditional }
    }
    @inlinable public var discriminator: Discriminator? {
        get { storage.fields.discriminator }
        _modify { makeUnique(); yield &storage.fields.discriminator }
    }
    @inlinable public var readOnly: Bool? {
        get { storage.fields.readOnly }
        _modify { makeUnique(); yield &storage.fields.readOnly }
    }
    @inlinable public var writeOnly: Bool? {
        get { storage.fields.writeOnly }
        _modify { makeUnique(); yield &storage.fields.writeOnly }
    }
    @inlinable public var deprecated: Bool? {
        get { storage.fields.deprecated }
        _modify { makeUnique(); yield &storage.fields.deprecated }
    }
    @inlinable public var externalDocs: ExternalDocs? {
        get { storage.fields.externalDocs }
        _modify { makeUnique(); yield &storage.fields.externalDocs }
    }
    @inlinable public var extensions: Extensions? {
        get { storage.fields.extensions }
        _modify { makeUnique(); yield &storage.fields.extensions }
    }

    /// The schema that nothing validates against (3.1's `false`).
    public static func never(at location: SourceLocation?) -> Schema {
        var schema = Schema(location: location)
        schema.not = .inline(Schema(location: location))
        return schema
    }

    public var isNullable: Bool { types?.contains(.null) ?? false }

    @inlinable mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    }

    public static func == (lhs: Schema, rhs: Schema) -> Bool {
        // One box is one value: a schema compared with its own copy is equal without a look inside.
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }

    public init(from decoder: any Decoder) throws {
        storage = Storage(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws { try storage.fields.encode(to: encoder) }
}

extension Schema: CustomReflectable {
    /// Debug output and `dump` show the fields, not the box.
    public var customMirror: Mirror { Mirror(reflecting: storage.fields) }
}

public struct NumericConstraints: Hashable, Sendable, Codable {
    public var multipleOf: Double?
    public var minimum: Double?
    public var maximum: Double?
    /// Numeric bounds in 3.1 form; 3.0's boolean flags are converted when lowering.
    public var exclusiveMinimum: Double?
    public var exclusiveMaximum: Double?

    public init() {}
}

public struct StringConstraints: Hashable, Sendable, Codable {
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var contentMediaType: String?
    public var contentEncoding: String?
    /// The schema of the JSON a string holds (`contentMediaType: application/json`); an annotation
    /// in JSON Schema 2020-12, never asserted.
    public var contentSchema: SchemaRef?

    public init() {}
}

public struct ArrayShape: Hashable, Sendable, Codable {
    public var items: SchemaRef?
    public var prefixItems: [SchemaRef]?
    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems: Bool?
    /// At least `minContains` (default 1) and at most `maxContains` items match `contains`.
    public var contains: SchemaRef?
    public var minContains: Int?
    public var maxContains: Int?
    /// Applies to the items no other keyword of this schema, or of a subschema applied in place
    /// (`allOf`, `$ref`, `if`…), evaluated; `.inline(.never)` forbids them.
    public var unevaluatedItems: SchemaRef?

    public init() {}
}

public struct ObjectShape: Hashable, Sendable, Codable {
    /// Properties in source order.
    public var properties: [Property]
    public var required: [String]
    /// nil: not constrained (any extra property allowed); `.inline(.never)`: `additionalProperties: false`.
    public var additionalProperties: SchemaRef?
    public var patternProperties: [PatternProperty]?
    public var propertyNames: SchemaRef?
    public var minProperties: Int?
    public var maxProperties: Int?
    /// When the property is present, these are required too.
    public var dependentRequired: [DependentRequirement]?
    /// When the property is present, the whole object must also match the schema.
    public var dependentSchemas: [DependentSchema]?
    /// Like `unevaluatedItems`, for properties.
    public var unevaluatedProperties: SchemaRef?

    public init(properties: [Property] = [], required: [String] = []) {
        self.properties = properties
        self.required = required
    }

    public func property(named name: String) -> Property? { properties.first { $0.name == name } }
}

public struct Property: Hashable, Sendable, Codable {
    public var name: String
    public var schema: SchemaRef

    public init(name: String, schema: SchemaRef) {
        self.name = name
        self.schema = schema
    }
}

public struct PatternProperty: Hashable, Sendable, Codable {
    public var pattern: String
    public var schema: SchemaRef

    public init(pattern: String, schema: SchemaRef) {
        self.pattern = pattern
        self.schema = schema
    }
}

public struct DependentRequirement: Hashable, Sendable, Codable {
    public var property: String
    public var required: [String]

    public init(property: String, required: [String]) {
        self.property = property
        self.required = required
    }
}

public struct DependentSchema: Hashable, Sendable, Codable {
    public var property: String
    public var schema: SchemaRef

    public init(property: String, schema: SchemaRef) {
        self.property = property
        self.schema = schema
    }
}

/// `if`/`then`/`else`: a value matching `condition` must match `then`, any other `otherwise`.
/// `then` and `otherwise` without a condition assert nothing, and are not kept.
public struct Conditional: Hashable, Sendable, Codable {
    public var condition: SchemaRef
    public var then: SchemaRef?
    public var otherwise: SchemaRef?

    public init(condition: SchemaRef, then: SchemaRef? = nil, otherwise: SchemaRef? = nil) {
        self.condition = condition
        self.then = then
        self.otherwise = otherwise
    }
}

public struct Discriminator: Hashable, Sendable, Codable {
    public var propertyName: String
    /// Discriminator value → schema name, resolved against the schema graph.
    public var mapping: [String: String]
    /// 3.2: the schema name for a payload whose property is absent or has no mapping.
    public var defaultMapping: String?

    public init(propertyName: String, mapping: [String: String] = [:]) {
        self.propertyName = propertyName
        self.mapping = mapping
    }
}

extension SchemaRef: Codable {
    private enum Keys: String, CodingKey { case ref = "$ref" }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .named(let name):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(name, forKey: .ref)
        case .inline(let schema):
            try schema.encode(to: encoder)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if let name = try container.decodeIfPresent(String.self, forKey: .ref) {
            self = .named(name)
        } else {
            self = .inline(try Schema(from: decoder))
        }
    }
}
