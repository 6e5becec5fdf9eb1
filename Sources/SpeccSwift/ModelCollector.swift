import SpeccIR
import SpeccTemplating

/// Maps the schema graph to Swift types, collecting every type it must generate (named schemas and
/// the inline objects, enums and unions inside them, named `<Parent><Property>`).
final class ModelCollector {
    let api: API
    private var scope = NameScope(reserved: Array(SwiftNames.reservedTypes))
    /// Schema name → Swift type name.
    private(set) var namedTypes: [String: String] = [:]
    private var structs: [StructDraft] = []
    private(set) var stringEnums: [StringEnumModel] = []
    private(set) var unions: [UnionModel] = []
    private(set) var aliases: [AliasModel] = []
    private(set) var tuples: [TupleModel] = []
    /// Alias name → its target's Swift type, to see through aliases when looking for cycles.
    private var aliasTargets: [String: SwiftType] = [:]
    /// The named schema whose definition is being collected; inline types found meanwhile belong
    /// to its file. Nil while the client maps operation parameters and bodies.
    private var currentOwner: String?
    /// Swift type name → the named schema's type it is generated with (itself for a named schema).
    private(set) var owners: [String: String] = [:]
    /// The operation (its type stem) whose parameters and bodies are being mapped: the inline
    /// types first met meanwhile that no named schema owns are its own.
    var currentOperation: String?
    /// Swift type name → the operation it was first met in, for the types no named schema owns.
    private(set) var operationOwners: [String: String] = [:]
    /// The parts enums of multipart bodies, in the order first met (see `multipartShape`).
    var multipartShapes: [MultipartShape] = []
    var multipartIndex: [MultipartKey: Int] = [:]

    struct StructDraft {
        let doc: [String]
        let name: String
        var properties: [PropertyDraft]
        /// The member and value type holding the properties `additionalProperties` describes.
        var extra: (member: String, type: SwiftType)?
        /// Set for an `anyOf` whose branches may overlap: each property holds one branch's
        /// value, and whether it encodes alone (not an object, so not mergeable with the others).
        var anyOfExclusive: [Bool]?
    }

    struct PropertyDraft {
        let doc: [String]
        let name: String
        let jsonName: String
        let type: SwiftType
        let optional: Bool
        /// The spec's `default`, for an optional property that is not nullable.
        var defaultValue: JSONValue?
        /// Set when the spec deprecates the property (`deprecated: true` on its schema).
        var deprecationMessage: String?

        /// The stored property: `_title` for a deprecated `title`.
        var storage: String { deprecationMessage == nil ? SwiftNames.bare(name) : "_" + SwiftNames.bare(name) }
    }

    /// Named schemas the user maps to an existing type (`Foundation.UUID`): none is generated.
    private var replaced: Set<String> = []
    /// Deprecated named schemas → the name apps use, a deprecated alias of the declared `_Name`.
    private var deprecatedNames: [String: String] = [:]
    /// Format → the existing Swift type its values decode as (`uuid` → `Foundation.UUID`).
    private let formatTypes: [String: String]

    /// - Parameters:
    ///   - typeNames: Swift names chosen by the user for some named schemas: a plain name renames
    ///     the generated type (`Event` → `StrigoEvent`, the inline types inside it follow); a
    ///     qualified one (`Foundation.UUID`) is an existing type used instead of generating one.
    ///   - existingTypes: existing types used instead of generating one for a named schema.
    ///   - formatTypes: existing types for the values of a `format` (`uuid` → `Foundation.UUID`).
    init(api: API, typeNames: [String: String] = [:], existingTypes: [String: String] = [:], formatTypes: [String: String] = [:]) {
        self.api = api
        self.formatTypes = formatTypes
        for name in api.schemaNames {
            if let existing = existingTypes[name] ?? typeNames[name].flatMap({ $0.contains(".") ? $0 : nil }) {
                namedTypes[name] = existing
                replaced.insert(name)
            } else if api.schemas[name]?.deprecated == true {
                // The type is declared as `_Name` and used by that name in generated code, which
                // so compiles without warnings; apps see `Name`, deprecated.
                let visible = scope.claim(typeNames[name] ?? SwiftNames.typeName(name))
                namedTypes[name] = scope.claim("_" + SwiftNames.bare(visible))
                deprecatedNames[name] = visible
            } else {
                namedTypes[name] = scope.claim(typeNames[name] ?? SwiftNames.typeName(name))
            }
        }
    }

    func collectAll() {
        for name in api.schemaNames where !replaced.contains(name) {
            let schema = api.schemas[name]!
            currentOwner = namedTypes[name]!
            let doc = Self.doc(schema, remark: "#/components/schemas/\(name)")
            define(schema, as: namedTypes[name]!, doc: doc)
            if let visible = deprecatedNames[name] {
                owners[visible] = currentOwner
                aliases.append(AliasModel(doc: DocComment.block(doc), name: visible, target: namedTypes[name]!,
                                          deprecationMessage: DeprecationMessage.literal(schema.extensions)))
            }
        }
        currentOwner = nil
    }

    /// Claims a type name in the same namespace as the models (for the client's response enums).
    func claimTypeName(_ name: String) -> String { scope.claim(name) }

    // MARK: Mapping

    /// The Swift type for a schema used in a property, parameter or body, and whether null is allowed.
    /// `hint` names a type the schema needs declared; it is made only then (most schemas are a
    /// reference or a primitive).
    func type(for ref: SchemaRef, hint: @autoclosure () -> String) -> (type: SwiftType, nullable: Bool) {
        switch ref {
        case .named(let name):
            return (namedTypes[name].map(SwiftType.named) ?? .anyJSON, api.schemas[name].map(Self.allowsNull) ?? false)
        case .inline(let schema):
            return (inlineType(schema, hint: hint), Self.allowsNull(schema))
        }
    }

    private func inlineType(_ schema: Schema, hint: () -> String) -> SwiftType {
        if schema.isNever { return .anyJSON }
        if let single = Self.singleReference(schema) { return type(for: single, hint: hint()).type }
        if let branches = Self.unionBranches(schema) {
            if branches.count == 1 { return type(for: branches[0], hint: hint()).type }
            let name = scope.claim(hint())
            define(schema, as: name, doc: Self.doc(schema, remark: nil))
            return .named(name)
        }
        if Self.enumRawType(schema) != nil || Self.isStruct(schema, api: api) || Self.isTuple(schema) {
            let name = scope.claim(hint())
            define(schema, as: name, doc: Self.doc(schema, remark: nil))
            return .named(name)
        }
        return primitiveType(schema, hint: hint)
    }

    private func primitiveType(_ schema: Schema, hint: () -> String) -> SwiftType {
        guard let jsonType = Self.singleType(schema) else { return .anyJSON }
        if let format = schema.format, let existing = formatTypes[format], jsonType != .array, jsonType != .object {
            return .named(existing)
        }
        switch jsonType {
        case .string:
            // Base64 text on the wire (`format: byte`, or 3.1's `contentEncoding`) is bytes in
            // Swift; Codable writes and reads `Data` as base64.
            if schema.format == "byte" || schema.string?.contentEncoding?.lowercased() == "base64" { return .data }
            switch schema.format {
            case "date-time": return .date
            default: return .string
            }
        case .integer: return Self.integerType(schema)
        case .number: return Self.numberType(schema)
        case .boolean: return .bool
        case .null: return .anyJSON
        case .array:
            // Positional items of the same type as the rest (see `isTuple`) are that element type.
            let element = schema.array?.items.flatMap { $0.isNever ? nil : $0 } ?? schema.array?.prefixItems?.first
            guard let items = element.map({ type(for: $0, hint: hint() + "Item") }) else { return .array(.anyJSON) }
            return .array(items.type.optional(items.nullable))
        case .object:
            if let additional = schema.object?.additionalProperties, !additional.isNever {
                let value = type(for: additional, hint: hint() + "Value")
                return .dictionary(value.type.optional(value.nullable))
            }
            return .dictionary(.anyJSON)
        }
    }

    // MARK: Definitions

    private func define(_ schema: Schema, as name: String, doc: [String]) {
        if let currentOwner {
            owners[name] = currentOwner
        } else if let currentOperation {
            operationOwners[name] = currentOperation
        }
        if let single = Self.singleReference(schema) {
            addAlias(name, target: type(for: single, hint: name).type, doc: doc)
        } else if let branches = Self.unionBranches(schema), branches.count > 1 {
            defineUnion(schema, branches: branches, as: name, doc: doc)
        } else if let rawType = Self.enumRawType(schema) {
            defineEnum(schema, rawType: rawType, as: name, doc: doc)
        } else if Self.isStruct(schema, api: api) {
            defineStruct(schema, as: name, doc: doc)
        } else if Self.isTuple(schema) {
            defineTuple(schema, as: name, doc: doc)
        } else if let branches = Self.unionBranches(schema), branches.count == 1 {
            addAlias(name, target: type(for: branches[0], hint: name).type, doc: doc)
        } else {
            addAlias(name, target: primitiveType(schema, hint: { name }), doc: doc)
        }
    }

    private func addAlias(_ name: String, target: SwiftType, doc: [String]) {
        aliases.append(AliasModel(doc: DocComment.block(doc), name: name, target: target.description))
        aliasTargets[name] = target
    }

    private func defineStruct(_ schema: Schema, as name: String, doc: [String]) {
        let (properties, required) = api.mergedProperties(of: schema)
        var members = NameScope(reserved: ["init", "CodingKeys"])
        let drafts = properties.map { property -> PropertyDraft in
            let memberName = members.claim(SwiftNames.memberName(property.name))
            let mapped = type(for: property.schema, hint: name + SwiftNames.typeName(property.name))
            var propertyDoc: [String] = []
            if case .inline(let inline) = property.schema { propertyDoc = Self.doc(inline, remark: nil) }
            let optional = mapped.nullable || !required.contains(property.name)
            let target = api.schema(property.schema)
            let defaultValue = optional && !mapped.nullable ? target?.defaultValue : nil
            var draft = PropertyDraft(doc: propertyDoc, name: memberName, jsonName: property.name, type: mapped.type, optional: optional, defaultValue: defaultValue)
            if let target, target.deprecated == true {
                draft.deprecationMessage = DeprecationMessage.literal(target.extensions)
            }
            return draft
        }
        var draft = StructDraft(doc: doc, name: name, properties: drafts)
        // Properties beside the declared ones, described by a schema: kept, typed, round-tripped.
        if let additional = schema.object?.additionalProperties, !additional.isNever {
            let value = type(for: additional, hint: name + "AdditionalProperty")
            draft.extra = (members.claim("additionalProperties"), value.type.optional(value.nullable))
        }
        structs.append(draft)
    }

    /// `prefixItems` as members `item1`, `item2`…, in order: those within `minItems` always
    /// there, later ones optional; what follows them (`items`) in `rest`, unless `items: false`.
    private func defineTuple(_ schema: Schema, as name: String, doc: [String]) {
        let minimum = schema.array?.minItems ?? 0
        let items = (schema.array?.prefixItems ?? []).enumerated().map { index, ref -> TupleItemModel in
            let mapped = type(for: ref, hint: name + "Item\(index + 1)")
            var itemDoc: [String] = []
            if case .inline(let inline) = ref { itemDoc = Self.doc(inline, remark: nil) }
            return TupleItemModel(doc: DocComment.block(itemDoc, indent: "    "), name: "item\(index + 1)",
                                  type: mapped.type.optional(mapped.nullable).description, required: index < minimum)
        }
        var rest: String?
        switch schema.array?.items {
        case nil: rest = SwiftType.anyJSON.description
        case let ref? where !ref.isNever:
            let mapped = type(for: ref, hint: name + "Item")
            rest = mapped.type.optional(mapped.nullable).description
        default: rest = nil
        }
        tuples.append(TupleModel(doc: DocComment.block(doc), name: name, items: items, rest: rest))
    }

    /// An enum of strings or numbers, with an `undocumented` case for a value the spec does not
    /// list yet. Case names come from the values (`_1`, `_0_5` for numbers).
    private func defineEnum(_ schema: Schema, rawType: SwiftType, as name: String, doc: [String]) {
        var cases = NameScope(reserved: ["undocumented", "init", "rawValue"])
        var seen = Set<JSONValue>()
        let values = (schema.enumValues ?? []).filter { $0 != .null && seen.insert($0).inserted }
        let models = values.compactMap { value -> EnumCaseModel? in
            switch value {
            case .string(let text):
                return EnumCaseModel(name: cases.claim(SwiftNames.memberName(text.isEmpty ? "empty" : text)), literal: SwiftLiteral.string(text))
            case .integer, .number:
                // `1` → `_1`, `0.5` → `_0_5`, `-2` → `minus2`; an exponent's sign too (`1e-05` → `_1eMinus05`).
                let literal = value.compactText
                var caseName = literal.hasPrefix("-") ? "minus" + literal.dropFirst() : literal
                caseName = caseName.replacingOccurrences(of: ".", with: "_").replacingOccurrences(of: "-", with: "Minus").replacingOccurrences(of: "+", with: "")
                if caseName.first?.isNumber == true { caseName = "_" + caseName }
                return EnumCaseModel(name: cases.claim(caseName), literal: literal)
            default:
                return nil
            }
        }
        stringEnums.append(StringEnumModel(doc: DocComment.block(doc), name: name, rawType: rawType.description, cases: models))
    }

    private func defineUnion(_ schema: Schema, branches: [SchemaRef], as name: String, doc: [String]) {
        // `anyOf` means every branch that matches applies: where two object shapes may match one
        // value, an enum (one case) would drop the others' fields. Overlapping primitives (any
        // string, or one of these strings) are one value either way: an enum, first match wins.
        if schema.oneOf == nil, schema.discriminator == nil, hasOverlappingObjects(branches) {
            defineAnyOfStruct(branches: branches, as: name, doc: doc)
            return
        }
        var cases = NameScope()
        var caseByNamedSchema: [String: (String, String)] = [:]
        let models = branches.enumerated().map { index, branch -> UnionCaseModel in
            let branchType = type(for: branch, hint: name + "Case\(index + 1)").type
            let caseName = cases.claim(SwiftNames.memberName(branchType.stem))
            if case .named(let schemaName) = branch { caseByNamedSchema[schemaName] = (caseName, branchType.description) }
            return UnionCaseModel(name: caseName, type: branchType.description)
        }
        var discriminator: DiscriminatorModel?
        if let source = schema.discriminator {
            var mapping = source.mapping.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            let mappedTargets = Set(source.mapping.values)
            // The default-mapped branch needs no case of its own: the default arm decodes it.
            for case .named(let schemaName) in branches where !mappedTargets.contains(schemaName) && schemaName != source.defaultMapping {
                mapping.append((schemaName, schemaName))
            }
            discriminator = DiscriminatorModel(
                propertyLiteral: SwiftLiteral.string(source.propertyName),
                mappings: mapping.compactMap { value, target in
                    caseByNamedSchema[target].map { DiscriminatorMappingModel(literal: SwiftLiteral.string(value), caseName: $0.0, type: $0.1) }
                },
                fallback: source.defaultMapping.flatMap { caseByNamedSchema[$0] }.map { DiscriminatorMappingModel(literal: "", caseName: $0.0, type: $0.1) })
        }
        unions.append(UnionModel(doc: DocComment.block(doc), name: name, cases: models, discriminator: discriminator, kind: schema.oneOf != nil ? "oneOf" : "anyOf"))
    }

    /// A branch whose values are JSON objects: a struct, or an object of no declared shape.
    private func isObject(_ branch: SchemaRef) -> Bool {
        api.schema(branch).map { Self.isStruct($0, api: api) || $0.types == [.object] } ?? false
    }

    private func hasOverlappingObjects(_ branches: [SchemaRef]) -> Bool {
        let objects = branches.filter(isObject)
        return !BranchOverlap.allDisjoint(objects, in: api)
    }

    /// A struct with one optional property per branch, each set when the value decodes as that
    /// branch, at least one set.
    private func defineAnyOfStruct(branches: [SchemaRef], as name: String, doc: [String]) {
        var members = NameScope()
        var properties: [PropertyDraft] = []
        var exclusive: [Bool] = []
        for (index, branch) in branches.enumerated() {
            let branchType = type(for: branch, hint: name + "Case\(index + 1)").type
            let member = members.claim(SwiftNames.memberName(branchType.stem))
            properties.append(PropertyDraft(doc: ["The value as `\(branchType)`, when it matches that schema."], name: member,
                                            jsonName: SwiftNames.bare(member), type: branchType, optional: true))
            // Objects encode into one shared container; anything else is the whole value.
            exclusive.append(!isObject(branch))
        }
        // The sentence goes before the remark, so DocC keeps it in the summary's discussion.
        var lines = doc
        let note = ["Any number of the `anyOf` schemas may match one value: each that does is decoded.", ""]
        lines.insert(contentsOf: lines.isEmpty ? [note[0]] : note, at: lines.firstIndex { $0.hasPrefix("- Remark:") } ?? lines.endIndex)
        var draft = StructDraft(doc: lines, name: name, properties: properties)
        draft.anyOfExclusive = exclusive
        structs.append(draft)
    }

    /// `init(from:)` tries every branch; `encode(to:)` writes a non-object value alone, or every
    /// object branch's fields into one object.
    private static func anyOfDecoder(_ draft: StructDraft, exclusive: [Bool]) -> DecoderModel {
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

    // MARK: Finishing

    /// Struct models, with properties that would make a value type contain itself boxed. Takes
    /// the drafts: each is released once converted, so a large API's (Stripe: 3,000 structs) are
    /// not all held twice over.
    func takeStructModels() -> [StructModel] {
        var drafts = structs
        structs = []
        let structNames = Set(drafts.map(\.name))
        let cyclic = CycleFinder.boxedEdges(structs: drafts.map { draft in
            (draft.name, draft.properties.map { ($0.name, directStruct($0.type, structNames: structNames)) })
        })
        var models: [StructModel] = []
        models.reserveCapacity(drafts.count)
        drafts.reverse()
        while let draft = drafts.popLast() { models.append(structModel(draft, cyclic: cyclic)) }
        return models
    }

    private func structModel(_ draft: StructDraft, cyclic: Set<String>) -> StructModel {
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
            guard let model = stringEnums.first(where: { $0.name == name }) else { return nil }
            let literal: String
            switch value {
            case .string(let text): literal = SwiftLiteral.string(text)
            case .integer, .number: literal = value.compactText
            default: return nil
            }
            return model.cases.first { $0.literal == literal }.map { "." + $0.member }
        }
    }

    /// The struct a property holds directly (not inside an array, dictionary or enum), if any.
    private func directStruct(_ type: SwiftType, structNames: Set<String>) -> String? {
        var current = type
        var hops = 0
        while case .named(let name) = current, let target = aliasTargets[name], hops < 32 {
            current = target
            hops += 1
        }
        guard case .named(let name) = current, structNames.contains(name) else { return nil }
        return name
    }
}
