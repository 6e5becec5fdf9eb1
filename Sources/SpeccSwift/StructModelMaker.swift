import SpeccIR
import SpeccTemplating

/// Turns a struct's draft into its model, apart from the collector and on any thread: a models
/// file's job makes the models of its own types, renders them and lets them go.
struct StructModelMaker: Sendable {
    /// `Type.property` for each property boxed so a value type does not contain itself.
    let cyclic: Set<String>
    /// The cases of each generated string enum, by type name: a property's `default` may be one.
    let enumCases: [String: [EnumCaseModel]]

    init(cyclic: Set<String>, stringEnums: [StringEnumModel]) {
        self.cyclic = cyclic
        enumCases = Dictionary(stringEnums.map { ($0.name, $0.cases) }, uniquingKeysWith: { first, _ in first })
    }

    func model(_ draft: ModelCollector.StructDraft) -> StructModel {
        // A property with a default the Swift type can spell holds that value when the JSON
        // leaves it out, so it is not optional: the initialiser and the decoder supply it.
        let defaults = draft.properties.map { property -> String? in
            guard !cyclic.contains("\(draft.name).\(property.name)") else { return nil }
            return property.defaultValue.flatMap { swiftLiteral($0, as: property.type) }
        }
        var properties = zip(draft.properties, defaults).map { property, literal -> PropertyModel in
            let boxed = cyclic.contains("\(draft.name).\(property.name)")
            return PropertyModel(doc: DocComment.block(property.doc, indent: "    "), name: property.name,
                                 type: property.type.optional(property.optional && literal == nil).description,
                                 wrapper: boxed ? "@Indirect " : "", binding: boxed ? "var" : "let", deprecationMessage: property.deprecationMessage)
        }
        var parameters = zip(draft.properties, defaults).map { property, literal in
            if let literal { return "\(property.name): \(property.type) = \(literal)" }
            return "\(property.name): \(property.type)\(property.optional ? "? = nil" : "")"
        }
        if let extra = draft.extra {
            properties.append(PropertyModel(doc: "    /// Properties beyond the declared ones, by name (`additionalProperties`).", name: extra.member,
                                            type: "[String: \(extra.type)]", wrapper: "", binding: "let"))
            parameters.append("\(extra.member): [String: \(extra.type)] = [:]")
        }
        let initParameters = parameters.joined(separator: ", ")
        var decoder: DecoderModel?
        if defaults.contains(where: { $0 != nil }) || draft.extra != nil {
            // The default is what an absent field means, so it is also what is not sent: an
            // update body never overwrites a value the caller did not set.
            let hasDefaults = defaults.contains { $0 != nil }, extra = draft.extra.map { "`\(SwiftNames.bare($0.member))`" }
            decoder = DecoderModel(
                decodingDoc: [hasDefaults ? "Fields the JSON leaves out take the spec's `default`." : nil,
                              extra.map { "Fields the schema does not declare go to \($0)." }].compactMap { $0 }.joined(separator: " "),
                encodingDoc: [hasDefaults ? "A field at its `default` is left out, as the spec reads an absent one." : nil,
                              extra.map { "The fields in \($0) are written beside the declared ones." }].compactMap { $0 }.joined(separator: " "),
                decoding: ["let container = try decoder.container(keyedBy: CodingKeys.self)"] + zip(draft.properties, defaults).map { property, literal in
                    let member = property.storage, key = "forKey: .\(member)"
                    if let literal { return "self.\(member) = try container.decodeIfPresent(\(property.type).self, \(key)) ?? \(literal)" }
                    return "self.\(member) = try container.\(property.optional ? "decodeIfPresent" : "decode")(\(property.type).self, \(key))"
                },
                encoding: ["var container = encoder.container(keyedBy: CodingKeys.self)"] + zip(draft.properties, defaults).map { property, literal in
                    let member = property.storage, key = "forKey: .\(member)"
                    if let literal {
                        let differs = literal == "true" ? "!\(member)" : literal == "false" ? member : "\(member) != \(literal)"
                        return "if \(differs) { try container.encode(\(member), \(key)) }"
                    }
                    return "try container.\(property.optional ? "encodeIfPresent" : "encode")(\(member), \(key))"
                })
            if let extra = draft.extra {
                let member = SwiftNames.bare(extra.member)
                decoder!.decoding += [
                    "let others = try decoder.container(keyedBy: AnyCodingKey.self)",
                    "var \(member): [String: \(extra.type)] = [:]",
                    "for key in others.allKeys where CodingKeys(stringValue: key.stringValue) == nil {",
                    "    \(member)[key.stringValue] = try others.decode(\(extra.type).self, forKey: key)",
                    "}",
                    "self.\(member) = \(member)",
                ]
                decoder!.encoding += [
                    "var others = encoder.container(keyedBy: AnyCodingKey.self)",
                    "for (key, value) in \(member).sorted(by: { $0.key < $1.key }) { try others.encode(value, forKey: AnyCodingKey(key)) }",
                ]
            }
        }
        if let exclusive = draft.anyOfExclusive { decoder = Self.anyOfDecoder(draft, exclusive: exclusive) }
        let needsKeys = draft.anyOfExclusive == nil && (decoder != nil || draft.properties.contains { $0.storage != $0.jsonName })
        let keys = needsKeys ? CodingKeysModel(keys: draft.properties.map { property in
            let name = property.deprecationMessage == nil ? property.name : property.storage
            return CodingKeyModel(declaration: property.storage == property.jsonName
                ? "case \(name)" : "case \(name) = \(SwiftLiteral.string(property.jsonName))")
        }) : nil
        return StructModel(doc: DocComment.block(draft.doc), name: draft.name, properties: properties, initParameters: initParameters,
                           codingKeys: keys, decoder: decoder)
    }

    /// `value` as a Swift expression of `type`, where one spells it: a string, number or boolean
    /// literal, or a case of a generated enum. Nil otherwise (a date, an object, an unknown case).
    private func swiftLiteral(_ value: JSONValue, as type: SwiftType) -> String? {
        guard case .named(let name) = type else { return nil }
        switch (name, value) {
        case ("String", .string(let text)): return SwiftLiteral.string(text)
        case ("Int", .integer(let number)), ("Int32", .integer(let number)), ("Int64", .integer(let number)): return String(number)
        case ("Double", .integer), ("Double", .number), ("Float", .integer), ("Float", .number): return value.compactText
        case ("Bool", .bool(let flag)): return flag ? "true" : "false"
        default:
            guard let cases = enumCases[name] else { return nil }
            let literal: String
            switch value {
            case .string(let text): literal = SwiftLiteral.string(text)
            case .integer, .number: literal = value.compactText
            default: return nil
            }
            return cases.first { $0.literal == literal }.map { "." + $0.member }
        }
    }

    /// `init(from:)` tries every branch; `encode(to:)` writes a non-object value alone, or every
    /// object branch's fields into one object.
    private static func anyOfDecoder(_ draft: ModelCollector.StructDraft, exclusive: [Bool]) -> DecoderModel {
        let members = draft.properties.map(\.storage)
        let anySet = members.map { "self.\($0) != nil" }.joined(separator: " || ")
        var decoding = zip(draft.properties, members).map { property, member in "self.\(member) = try? \(property.type)(from: decoder)" }
        decoding += [
            "guard \(anySet) else {",
            "    throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: \"the value matches none of \(draft.name)'s anyOf schemas\"))",
            "}",
        ]
        var encoding = [
            "guard \(anySet) else {",
            "    throw EncodingError.invalidValue(self, .init(codingPath: encoder.codingPath, debugDescription: \"\(draft.name) holds none of its anyOf values\"))",
            "}",
        ]
        for (member, alone) in zip(members, exclusive) where alone {
            encoding.append("if let value = self.\(member) {")
            encoding.append("    try value.encode(to: encoder)")
            encoding.append("    return")
            encoding.append("}")
        }
        for (member, alone) in zip(members, exclusive) where !alone {
            encoding.append("try self.\(member)?.encode(to: encoder)")
        }
        return DecoderModel(decodingDoc: "Every `anyOf` schema the value matches is decoded; at least one must match.",
                            encodingDoc: "A value that is not an object is written alone; the object branches write their fields into one object.",
                            decoding: decoding, encoding: encoding)
    }
}
