import SpeccIR
import SpeccTemplating

/// The typed parts of a multipart body (see `API.multipartParts`): an enum with a case per
/// property, each carrying a `FormPart` of the property's Swift type (a file part's an
/// `HTTPBody`), `undocumented` for parts the schema does not name, and its `MultipartParts`
/// conformance, which names, encodes and decodes each part as its `encoding` says.
struct MultipartShape {
    struct Case {
        let name: String
        let part: MultipartPart
        /// The Swift type of the part's value.
        let valueType: SwiftType

        var member: String { SwiftNames.bare(name) }
    }

    let typeName: String
    let cases: [Case]
    let allowsUnknown: Bool

    fileprivate init(typeName: String, parts: [MultipartPart], allowsUnknown: Bool, models: ModelCollector) {
        self.typeName = typeName
        self.allowsUnknown = allowsUnknown
        var names = NameScope(reserved: ["undocumented"])
        cases = parts.map { part in
            let name = names.claim(SwiftNames.memberName(part.name))
            let valueType = part.kind == .binary ? .httpBody : models.type(for: part.schema, hint: typeName + SwiftNames.typeName(SwiftNames.bare(name))).type
            return Case(name: name, part: part, valueType: valueType)
        }
    }

    /// The enum and its conformance, for the operations file.
    func model(access: String) -> RepresentationModel {
        var declarations = cases.map { "case \($0.name)(FormPart<\($0.valueType)>)" }
        if allowsUnknown { declarations.append("case undocumented(MultipartRawPart)") }
        let parts = cases.map { "`\($0.part.name)` (\($0.part.contentType)\($0.part.multiplicity.summary.map { ", " + $0 } ?? ""))" }
        let doc = ["The parts of one multipart body, each as its own case: " + parts.joined(separator: ", ") + "."]
            + (allowsUnknown ? ["Parts the spec does not name arrive as `undocumented`."] : [])
        return RepresentationModel(name: typeName, inheritance: "Hashable, Sendable", cases: declarations, doc: DocComment.block(doc), members: conformance(access: access))
    }

    private func conformance(access: String) -> [String] {
        func names(_ multiplicity: MultipartPart.Multiplicity) -> String {
            "[" + cases.filter { $0.part.multiplicity == multiplicity }.map { SwiftLiteral.string($0.part.name) }.joined(separator: ", ") + "]"
        }
        var rules: [String] = []
        for (label, multiplicity) in [("exactlyOnce", MultipartPart.Multiplicity.exactlyOnce), ("atLeastOnce", .atLeastOnce), ("atMostOnce", .atMostOnce), ("anyNumber", .anyNumber)]
        where cases.contains(where: { $0.part.multiplicity == multiplicity }) {
            rules.append("\(label): \(names(multiplicity))")
        }
        if !allowsUnknown { rules.append("allowsUnknown: false") }
        // The blank line that separates the extension from the enum.
        var lines = ["", "extension \(typeName): MultipartParts {",
                     "    \(access) static let partRules = PartRules(\(rules.joined(separator: ", ")))",
                     "",
                     "    \(access) func rawPart() throws -> MultipartRawPart {",
                     "        switch self {"]
        for entry in cases {
            let name = SwiftLiteral.string(entry.part.name), contentType = SwiftLiteral.string(MediaTypeName.sent(entry.part.contentType))
            let encode = switch entry.part.kind {
            case .binary: "MultipartCoding.filePart(part, name: \(name), contentType: \(contentType))"
            case .text: "try MultipartCoding.textPart(part, name: \(name), contentType: \(contentType))"
            default: "try MultipartCoding.jsonPart(part, name: \(name), contentType: \(contentType))"
            }
            lines.append("        case .\(entry.member)(let part): \(encode)")
        }
        if allowsUnknown { lines.append("        case .undocumented(let part): part") }
        lines += ["        }", "    }", "",
                  "    \(access) init(rawPart raw: MultipartRawPart, reader: PartReader) async throws {",
                  "        switch raw.name {"]
        for entry in cases {
            let decode = switch entry.part.kind {
            case .binary: "MultipartCoding.file(raw)"
            case .text: "try await MultipartCoding.text(raw, as: \(entry.valueType).self, reader: reader)"
            default: "try await MultipartCoding.json(raw, as: \(entry.valueType).self, reader: reader)"
            }
            lines.append("        case \(SwiftLiteral.string(entry.part.name)): self = .\(entry.member)(\(decode))")
        }
        lines.append(allowsUnknown ? "        default: self = .undocumented(raw)" : "        default: throw MultipartCoding.unknownPart(raw)")
        lines += ["        }", "    }", "}"]
        return lines
    }
}

extension ModelCollector {
    /// The parts enum of a multipart media type, made once for every body with the same parts (a
    /// shared schema, a representation and the body it represents); nil when its schema names no
    /// parts.
    func multipartShape(for media: MediaType, direction: BodyDirection, hint: String) -> MultipartShape? {
        guard let parts = api.multipartParts(of: media, direction: direction) else { return nil }
        let key = MultipartKey(parts: parts, allowsUnknown: api.multipartAllowsUnknownParts(media))
        if let index = multipartIndex[key] { return multipartShapes[index] }
        let shape = MultipartShape(typeName: claimTypeName(hint + "Part"), parts: parts, allowsUnknown: key.allowsUnknown, models: self)
        multipartIndex[key] = multipartShapes.count
        multipartShapes.append(shape)
        return shape
    }
}

/// What makes two multipart bodies' enums the same: their parts and whether others pass.
struct MultipartKey: Hashable {
    let parts: [MultipartPart]
    let allowsUnknown: Bool
}
