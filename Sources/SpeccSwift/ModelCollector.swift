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

    struct StructDraft: Sendable {
        let doc: [String]
        let name: String
        var properties: [PropertyDraft]
        /// The member and value type holding the properties `additionalProperties` describes.
        var extra: (member: String, type: SwiftType)?
        /// Set for an `anyOf` whose branches may overlap: each property holds one branch's
        /// value, and whether it encodes alone (not an object, so not mergeable with the others).
        var anyOfExclusive: [Bool]?
    }

    struct PropertyDraft: Sendable {
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
                caseName = caseName.reduce(into: "") { name, character in
                    switch character {
                    case ".": name += "_"
                    case "-": name += "Minus"
                    case "+": break
                    default: name.append(character)
                    }
                }
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

    // MARK: Finishing

    /// The struct drafts, and what turns each into its model (properties that would make a value
    /// type contain itself boxed). Takes the drafts: each models file's job converts its own, so a
    /// large API's (Stripe: 3,000 structs) models never all exist at once.
    func takeStructDrafts() -> (drafts: [StructDraft], maker: StructModelMaker) {
        let drafts = structs
        structs = []
        let structNames = Set(drafts.map(\.name))
        let cyclic = CycleFinder.boxedEdges(structs: drafts.map { draft in
            (draft.name, draft.properties.map { ($0.name, directStruct($0.type, structNames: structNames)) })
        })
        return (drafts, StructModelMaker(cyclic: cyclic, stringEnums: stringEnums))
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
