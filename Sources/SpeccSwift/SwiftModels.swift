// The template contract for `swift/models`: one value per generated type. Names and types are
// final Swift text; templates only lay them out.

public struct ModelsFile: Sendable {
    public let header: String
    /// Modules the file imports besides specc's own (`additionalImports` in the config).
    public var additionalImports: [String] = []
    /// The models continue a file already begun (the bundle's `Types.swift`, after the API
    /// protocol): no header and no imports, only declarations.
    public var continuation: Bool = false
    /// `public`, `package` or `internal`: every declaration's access level.
    public let access: String
    public let structs: [StructModel]
    public let stringEnums: [StringEnumModel]
    public let unions: [UnionModel]
    public let aliases: [AliasModel]
    public var tuples: [TupleModel] = []
}

public struct StructModel: Sendable {
    /// The doc comment, ready to place: `/// ` lines, indented for where the declaration goes.
    public let doc: String?
    public let name: String
    public let properties: [PropertyModel]
    /// `id: String? = nil, name: String`: the memberwise initialiser's parameters.
    public let initParameters: String
    /// Only when some JSON name differs from its Swift name, or a decoder needs them.
    public let codingKeys: CodingKeysModel?
    /// Coding of its own, when a property takes its `default` for a missing field.
    public let decoder: DecoderModel?
}

public struct DecoderModel: Sendable {
    /// Why the type codes itself, for the doc comments of `init(from:)` and `encode(to:)`.
    public var decodingDoc: String
    public var encodingDoc: String
    /// `self.limit = try container.decodeIfPresent(Int.self, forKey: .limit) ?? 20`, one per property.
    public var decoding: [String]
    /// `if limit != 20 { try container.encode(limit, forKey: .limit) }`, one per property.
    public var encoding: [String]
}

public struct CodingKeysModel: Sendable {
    public let keys: [CodingKeyModel]
}

public struct PropertyModel: Sendable {
    /// The doc comment, ready to place: `/// ` lines, indented for where the declaration goes.
    public let doc: String?
    /// As declared: a reserved word in backticks (`` `default` ``).
    public let name: String
    /// After a dot (`self.default`), where Swift needs no backticks.
    public var member: String { SwiftNames.bare(name) }
    public let type: String
    /// `@Indirect ` for properties that would make a value type contain itself.
    public let wrapper: String
    /// `let`, or `var` where a property wrapper needs it.
    public let binding: String
    /// `@available(*, deprecated, message: …)` text for a property the spec deprecates: it is
    /// stored under `storage` and read through a deprecated computed property, so only the
    /// callers' uses warn, never the generated code's own.
    public var deprecationMessage: String? = nil
    public var deprecated: Bool { deprecationMessage != nil }
    /// The stored property's name: `_title` for a deprecated `title`, else the member.
    public var storage: String { deprecated ? "_" + member : member }
}

public struct CodingKeyModel: Sendable {
    /// `case classId = "class_id"` or `case name`.
    public let declaration: String
}

public struct StringEnumModel: Sendable {
    /// The doc comment, ready to place: `/// ` lines, indented for where the declaration goes.
    public let doc: String?
    public let name: String
    /// `String`, or the integer or floating-point type of a numeric enum.
    public let rawType: String
    public let cases: [EnumCaseModel]
}

public struct EnumCaseModel: Sendable {
    /// As declared: a reserved word in backticks (`` `default` ``).
    public let name: String
    /// After a dot (`.default`), where Swift needs no backticks.
    public var member: String { SwiftNames.bare(name) }
    /// The JSON value as a Swift literal (a string literal, or a number).
    public let literal: String
}

public struct UnionModel: Sendable {
    /// The doc comment, ready to place: `/// ` lines, indented for where the declaration goes.
    public let doc: String?
    public let name: String
    public let cases: [UnionCaseModel]
    public let discriminator: DiscriminatorModel?
    /// "oneOf" or "anyOf", for the decoding error message.
    public let kind: String
}

public struct UnionCaseModel: Sendable {
    public let name: String
    public let type: String
}

public struct DiscriminatorModel: Sendable {
    /// The JSON property name as a Swift string literal.
    public let propertyLiteral: String
    public let mappings: [DiscriminatorMappingModel]
    /// 3.2 `defaultMapping`: the case for a payload whose property is absent or unmapped.
    public let fallback: DiscriminatorMappingModel?
    /// `decodeIfPresent` when a fallback takes payloads without the property, else `decode`.
    public var decodeCall: String { fallback == nil ? "decode" : "decodeIfPresent" }
}

public struct DiscriminatorMappingModel: Sendable {
    public let literal: String
    public let caseName: String
    public let type: String
}

public struct AliasModel: Sendable {
    /// The doc comment, ready to place: `/// ` lines, indented for where the declaration goes.
    public let doc: String?
    public let name: String
    public let target: String
    /// `@available(*, deprecated, message:)`'s message, for the name of a deprecated schema.
    public var deprecationMessage: String?
}

/// An array of positional items of different types (`prefixItems`), as a struct.
public struct TupleModel: Sendable {
    /// The doc comment, ready to place: `/// ` lines, indented for where the declaration goes.
    public let doc: String?
    public let name: String
    public let items: [TupleItemModel]
    /// The element type of the items after the positional ones; nil when none may follow.
    public let rest: String?

    public var hasOptionalItems: Bool { items.contains { !$0.required } }

    /// `item1: String, item2: Int? = nil, rest: [AnyJSON] = []`.
    public var initParameters: String {
        (items.map { "\($0.name): \($0.declaredType)\($0.required ? "" : " = nil")" } + (rest.map { ["rest: [\($0)] = []"] } ?? []))
            .joined(separator: ", ")
    }
}

public struct TupleItemModel: Sendable {
    public let doc: String?
    /// `item1`, `item2`…
    public let name: String
    /// The item's own type, without the optional its position may add.
    public let type: String
    /// Within `minItems`: every valid array has it.
    public let required: Bool

    public var declaredType: String { required ? type : type + "?" }
}
