/// `Templates/swift/models.mustache`, written in Swift: what a run renders when the user has not
/// overridden that template. The template stays the contract (and what `specc templates export`
/// gives users); this is its specialisation, kept byte-identical to it by `NativeWriterTests`,
/// since a large API renders its models hundreds of thousands of template tags at a time.
struct ModelsWriter {
    private var out = ""

    static func render(_ file: ModelsFile) -> String {
        var writer = ModelsWriter()
        writer.out.reserveCapacity(4096)
        writer.file(file)
        return writer.out
    }

    private mutating func line(_ parts: String...) {
        for part in parts { out += part }
        out += "\n"
    }

    private mutating func doc(_ doc: String?) {
        if let doc { line(doc) }
    }

    private mutating func file(_ file: ModelsFile) {
        let access = file.access
        if !file.continuation {
            line(file.header)
            line()
            line("import Foundation")
            line("@_spi(Generated) import SpeccRuntime")
            for module in file.additionalImports { line("import ", module) }
        }
        for model in file.structs { structure(model, access) }
        for model in file.stringEnums { stringEnum(model, access) }
        for model in file.unions { union(model, access) }
        for model in file.tuples { tuple(model, access) }
        for model in file.aliases {
            line()
            doc(model.doc)
            if let message = model.deprecationMessage { line("@available(*, deprecated, message: ", message, ")") }
            line(access, " typealias ", model.name, " = ", model.target)
        }
    }

    private mutating func structure(_ model: StructModel, _ access: String) {
        line()
        doc(model.doc)
        line(access, " struct ", model.name, ": Codable, Hashable, Sendable {")
        for property in model.properties {
            if property.deprecated { line("    ", property.wrapper, "private ", property.binding, " ", property.storage, ": ", property.type) }
            doc(property.doc)
            if let message = property.deprecationMessage {
                line("    @available(*, deprecated, message: ", message, ")")
                line("    ", access, " var ", property.name, ": ", property.type, " { ", property.storage, " }")
            } else {
                line("    ", property.wrapper, access, " ", property.binding, " ", property.name, ": ", property.type)
            }
        }
        line()
        line("    ", access, " init(", model.initParameters, ") {")
        for property in model.properties { line("        self.", property.storage, " = ", property.name) }
        line("    }")
        if let decoder = model.decoder {
            line()
            line("    /// ", decoder.decodingDoc)
            line("    ", access, " init(from decoder: any Decoder) throws {")
            for statement in decoder.decoding { line("        ", statement) }
            line("    }")
            line()
            line("    /// ", decoder.encodingDoc)
            line("    ", access, " func encode(to encoder: any Encoder) throws {")
            for statement in decoder.encoding { line("        ", statement) }
            line("    }")
        }
        if let codingKeys = model.codingKeys {
            line()
            line("    enum CodingKeys: String, CodingKey {")
            for key in codingKeys.keys { line("        ", key.declaration) }
            line("    }")
        }
        line("}")
    }

    private mutating func stringEnum(_ model: StringEnumModel, _ access: String) {
        line()
        doc(model.doc)
        line(access, " enum ", model.name, ": RawRepresentable, Codable, Hashable, Sendable {")
        for item in model.cases { line("    case ", item.name) }
        line("    /// A value this client does not know yet: decoding never fails on a new server value.")
        line("    case undocumented(", model.rawType, ")")
        line()
        line("    ", access, " init(rawValue: ", model.rawType, ") {")
        line("        switch rawValue {")
        for item in model.cases { line("        case ", item.literal, ": self = .", item.member) }
        line("        default: self = .undocumented(rawValue)")
        line("        }")
        line("    }")
        line()
        line("    ", access, " var rawValue: ", model.rawType, " {")
        line("        switch self {")
        for item in model.cases { line("        case .", item.member, ": ", item.literal) }
        line("        case .undocumented(let value): value")
        line("        }")
        line("    }")
        line()
        line("    ", access, " init(from decoder: any Decoder) throws {")
        line("        self.init(rawValue: try decoder.singleValueContainer().decode(", model.rawType, ".self))")
        line("    }")
        line()
        line("    ", access, " func encode(to encoder: any Encoder) throws {")
        line("        var container = encoder.singleValueContainer()")
        line("        try container.encode(rawValue)")
        line("    }")
        line("}")
    }

    private mutating func union(_ model: UnionModel, _ access: String) {
        line()
        doc(model.doc)
        line(access, " indirect enum ", model.name, ": Codable, Hashable, Sendable {")
        for item in model.cases { line("    case ", item.name, "(", item.type, ")") }
        line()
        line("    ", access, " init(from decoder: any Decoder) throws {")
        if let discriminator = model.discriminator {
            line("        struct Key: CodingKey {")
            line("            var stringValue: String")
            line("            var intValue: Int? { nil }")
            line("            init(stringValue: String) { self.stringValue = stringValue }")
            line("            init?(intValue: Int) { nil }")
            line("        }")
            line("        let container = try decoder.container(keyedBy: Key.self)")
            line("        let value = try container.", discriminator.decodeCall, "(String.self, forKey: Key(stringValue: ", discriminator.propertyLiteral, "))")
            line("        switch value {")
            for mapping in discriminator.mappings { line("        case ", mapping.literal, ": self = .", mapping.caseName, "(try ", mapping.type, "(from: decoder))") }
            line("        default:")
            if let fallback = discriminator.fallback {
                line("            self = .", fallback.caseName, "(try ", fallback.type, "(from: decoder))")
            } else {
                line("            throw DecodingError.dataCorruptedError(forKey: Key(stringValue: ", discriminator.propertyLiteral,
                     "), in: container, debugDescription: \"unknown discriminator value '\\(value)'\")")
            }
            line("        }")
        } else {
            for item in model.cases {
                line("        if let value = try? ", item.type, "(from: decoder) {")
                line("            self = .", item.name, "(value)")
                line("            return")
                line("        }")
            }
            line("        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: \"the value matches none of ",
                 model.name, "'s ", model.kind, " schemas\"))")
        }
        line("    }")
        line()
        line("    ", access, " func encode(to encoder: any Encoder) throws {")
        line("        switch self {")
        for item in model.cases { line("        case .", item.name, "(let value): try value.encode(to: encoder)") }
        line("        }")
        line("    }")
        line("}")
    }

    private mutating func tuple(_ model: TupleModel, _ access: String) {
        line()
        doc(model.doc)
        line(access, " struct ", model.name, ": Codable, Hashable, Sendable {")
        for item in model.items {
            doc(item.doc)
            line("    ", access, " let ", item.name, ": ", item.declaredType)
        }
        if let rest = model.rest {
            line("    /// The items after the positional ones.")
            line("    ", access, " let rest: [", rest, "]")
        }
        line()
        line("    ", access, " init(", model.initParameters, ") {")
        for item in model.items { line("        self.", item.name, " = ", item.name) }
        if model.rest != nil { line("        self.rest = rest") }
        line("    }")
        line()
        line("    ", access, " init(from decoder: any Decoder) throws {")
        line("        var container = try decoder.unkeyedContainer()")
        for item in model.items {
            if item.required {
                line("        ", item.name, " = try container.decode(", item.type, ".self)")
            } else {
                line("        ", item.name, " = container.isAtEnd ? nil : try container.decode(", item.type, ".self)")
            }
        }
        if let rest = model.rest {
            line("        var rest: [", rest, "] = []")
            line("        while !container.isAtEnd { rest.append(try container.decode(", rest, ".self)) }")
            line("        self.rest = rest")
        }
        line("    }")
        line()
        if model.hasOptionalItems { line("    /// Positions are written in order up to the first absent one: JSON arrays have no gaps.") }
        line("    ", access, " func encode(to encoder: any Encoder) throws {")
        line("        var container = encoder.unkeyedContainer()")
        for item in model.items {
            if item.required {
                line("        try container.encode(", item.name, ")")
            } else {
                line("        guard let ", item.name, " else { return }")
                line("        try container.encode(", item.name, ")")
            }
        }
        if model.rest != nil { line("        for item in rest { try container.encode(item) }") }
        line("    }")
        line("}")
    }
}
