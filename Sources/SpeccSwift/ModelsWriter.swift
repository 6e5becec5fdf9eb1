import SpeccTemplating

/// `Templates/swift/models.mustache`, written in Swift: what a run renders when the user has not
/// overridden that template. The template stays the contract (and what `specc templates export`
/// gives users); this is its specialisation, kept byte-identical to it by `NativeWriterTests`,
/// since a large API renders its models hundreds of thousands of template tags at a time.
struct ModelsWriter: SwiftFileWriter {
    private(set) var text = TextWriter()

    private mutating func doc(_ doc: String?) {
        if let doc { text.line(doc) }
    }

    mutating func write(_ file: ModelsFile) {
        let access = file.access
        if !file.continuation {
            text.swiftFileStart(header: file.header, openAPIRuntime: false, additionalImports: file.additionalImports)
        }
        for model in file.structs { structure(model, access) }
        for model in file.stringEnums { stringEnum(model, access) }
        for model in file.unions { union(model, access) }
        for model in file.tuples { tuple(model, access) }
        for model in file.aliases {
            text.line()
            doc(model.doc)
            if let message = model.deprecationMessage { text.line("@available(*, deprecated, message: ", message, ")") }
            text.line(access, " typealias ", model.name, " = ", model.target)
        }
    }

    private mutating func structure(_ model: StructModel, _ access: String) {
        text.line()
        doc(model.doc)
        text.line(access, " struct ", model.name, ": Codable, Hashable, Sendable {")
        for property in model.properties {
            if property.deprecated { text.line("    ", property.wrapper, "private ", property.binding, " ", property.storage, ": ", property.type) }
            doc(property.doc)
            if let message = property.deprecationMessage {
                text.line("    @available(*, deprecated, message: ", message, ")")
                text.line("    ", access, " var ", property.name, ": ", property.type, " { ", property.storage, " }")
            } else {
                text.line("    ", property.wrapper, access, " ", property.binding, " ", property.name, ": ", property.type)
            }
        }
        text.line()
        text.line("    ", access, " init(", model.initParameters, ") {")
        for property in model.properties { text.line("        self.", property.storage, " = ", property.name) }
        text.line("    }")
        if let decoder = model.decoder {
            text.line()
            text.line("    /// ", decoder.decodingDoc)
            text.line("    ", access, " init(from decoder: any Decoder) throws {")
            for statement in decoder.decoding { text.line("        ", statement) }
            text.line("    }")
            text.line()
            text.line("    /// ", decoder.encodingDoc)
            text.line("    ", access, " func encode(to encoder: any Encoder) throws {")
            for statement in decoder.encoding { text.line("        ", statement) }
            text.line("    }")
        }
        if let codingKeys = model.codingKeys {
            text.line()
            text.line("    enum CodingKeys: String, CodingKey {")
            for key in codingKeys.keys { text.line("        ", key.declaration) }
            text.line("    }")
        }
        text.line("}")
    }

    private mutating func stringEnum(_ model: StringEnumModel, _ access: String) {
        text.line()
        doc(model.doc)
        text.line(access, " enum ", model.name, ": RawRepresentable, Codable, Hashable, Sendable {")
        for item in model.cases { text.line("    case ", item.name) }
        text.line("    /// A value this client does not know yet: decoding never fails on a new server value.")
        text.line("    case undocumented(", model.rawType, ")")
        text.line()
        text.line("    ", access, " init(rawValue: ", model.rawType, ") {")
        text.line("        switch rawValue {")
        for item in model.cases { text.line("        case ", item.literal, ": self = .", item.member) }
        text.line("        default: self = .undocumented(rawValue)")
        text.line("        }")
        text.line("    }")
        text.line()
        text.line("    ", access, " var rawValue: ", model.rawType, " {")
        text.line("        switch self {")
        for item in model.cases { text.line("        case .", item.member, ": ", item.literal) }
        text.line("        case .undocumented(let value): value")
        text.line("        }")
        text.line("    }")
        text.line()
        text.line("    ", access, " init(from decoder: any Decoder) throws {")
        text.line("        self.init(rawValue: try decoder.singleValueContainer().decode(", model.rawType, ".self))")
        text.line("    }")
        text.line()
        text.line("    ", access, " func encode(to encoder: any Encoder) throws {")
        text.line("        var container = encoder.singleValueContainer()")
        text.line("        try container.encode(rawValue)")
        text.line("    }")
        text.line("}")
    }

    private mutating func union(_ model: UnionModel, _ access: String) {
        text.line()
        doc(model.doc)
        text.line(access, " indirect enum ", model.name, ": Codable, Hashable, Sendable {")
        for item in model.cases { text.line("    case ", item.name, "(", item.type, ")") }
        text.line()
        text.line("    ", access, " init(from decoder: any Decoder) throws {")
        if let discriminator = model.discriminator {
            text.line("        struct Key: CodingKey {")
            text.line("            var stringValue: String")
            text.line("            var intValue: Int? { nil }")
            text.line("            init(stringValue: String) { self.stringValue = stringValue }")
            text.line("            init?(intValue: Int) { nil }")
            text.line("        }")
            text.line("        let container = try decoder.container(keyedBy: Key.self)")
            text.line("        let value = try container.", discriminator.decodeCall, "(String.self, forKey: Key(stringValue: ", discriminator.propertyLiteral, "))")
            text.line("        switch value {")
            for mapping in discriminator.mappings { text.line("        case ", mapping.literal, ": self = .", mapping.caseName, "(try ", mapping.type, "(from: decoder))") }
            text.line("        default:")
            if let fallback = discriminator.fallback {
                text.line("            self = .", fallback.caseName, "(try ", fallback.type, "(from: decoder))")
            } else {
                text.line("            throw DecodingError.dataCorruptedError(forKey: Key(stringValue: ", discriminator.propertyLiteral,
                     "), in: container, debugDescription: \"unknown discriminator value '\\(value)'\")")
            }
            text.line("        }")
        } else {
            for item in model.cases {
                text.line("        if let value = try? ", item.type, "(from: decoder) {")
                text.line("            self = .", item.name, "(value)")
                text.line("            return")
                text.line("        }")
            }
            text.line("        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: \"the value matches none of ",
                 model.name, "'s ", model.kind, " schemas\"))")
        }
        text.line("    }")
        text.line()
        text.line("    ", access, " func encode(to encoder: any Encoder) throws {")
        text.line("        switch self {")
        for item in model.cases { text.line("        case .", item.name, "(let value): try value.encode(to: encoder)") }
        text.line("        }")
        text.line("    }")
        text.line("}")
    }

    private mutating func tuple(_ model: TupleModel, _ access: String) {
        text.line()
        doc(model.doc)
        text.line(access, " struct ", model.name, ": Codable, Hashable, Sendable {")
        for item in model.items {
            doc(item.doc)
            text.line("    ", access, " let ", item.name, ": ", item.declaredType)
        }
        if let rest = model.rest {
            text.line("    /// The items after the positional ones.")
            text.line("    ", access, " let rest: [", rest, "]")
        }
        text.line()
        text.line("    ", access, " init(", model.initParameters, ") {")
        for item in model.items { text.line("        self.", item.name, " = ", item.name) }
        if model.rest != nil { text.line("        self.rest = rest") }
        text.line("    }")
        text.line()
        text.line("    ", access, " init(from decoder: any Decoder) throws {")
        text.line("        var container = try decoder.unkeyedContainer()")
        for item in model.items {
            if item.required {
                text.line("        ", item.name, " = try container.decode(", item.type, ".self)")
            } else {
                text.line("        ", item.name, " = container.isAtEnd ? nil : try container.decode(", item.type, ".self)")
            }
        }
        if let rest = model.rest {
            text.line("        var rest: [", rest, "] = []")
            text.line("        while !container.isAtEnd { rest.append(try container.decode(", rest, ".self)) }")
            text.line("        self.rest = rest")
        }
        text.line("    }")
        text.line()
        if model.hasOptionalItems { text.line("    /// Positions are written in order up to the first absent one: JSON arrays have no gaps.") }
        text.line("    ", access, " func encode(to encoder: any Encoder) throws {")
        text.line("        var container = encoder.unkeyedContainer()")
        for item in model.items {
            if item.required {
                text.line("        try container.encode(", item.name, ")")
            } else {
                text.line("        guard let ", item.name, " else { return }")
                text.line("        try container.encode(", item.name, ")")
            }
        }
        if model.rest != nil { text.line("        for item in rest { try container.encode(item) }") }
        text.line("    }")
        text.line("}")
    }
}
