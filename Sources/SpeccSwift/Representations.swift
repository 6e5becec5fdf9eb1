import SpeccIR
import SpeccTemplating

/// A body the spec offers in several media types that Swift carries differently (JSON or CSV, a
/// file or a stream of events): an enum with a case per representation, so the caller says which
/// it sends and sees which it got. Media types carried alike (`application/json` and
/// `application/problem+json`) share a case, named after the first.
struct Representations {
    struct Case {
        let name: String
        /// The first media type of the case, the one sent.
        let media: MediaType
        /// The media types this case stands for, `media` first.
        let mediaTypes: [String]
        let coding: BodyCoding
    }

    let typeName: String
    let cases: [Case]

    /// Nil when every media type of `content` is carried alike: the body is then its one type.
    init?(_ content: [MediaType], direction: BodyDirection, typeName claim: () -> String, api: API, models: ModelCollector, hint: String) {
        var groups: [(media: MediaType, mediaTypes: [String])] = []
        for media in content {
            if let index = groups.firstIndex(where: { BodyCoding.carriedAlike($0.media.kind, media.kind) }) {
                groups[index].mediaTypes.append(media.contentType)
            } else {
                groups.append((media, [media.contentType]))
            }
        }
        guard groups.count > 1 else { return nil }
        typeName = claim()
        var names = NameScope()
        cases = groups.map { group in
            let name = names.claim(SwiftNames.memberName(Self.caseStem(group.media.contentType)))
            return Case(name: name, media: group.media, mediaTypes: group.mediaTypes,
                        coding: BodyCoding(group.media, direction: direction, api: api, models: models, hint: hint + SwiftNames.typeName(SwiftNames.bare(name))))
        }
    }

    /// The enum's declaration, for the operations file.
    var model: RepresentationModel {
        RepresentationModel(name: typeName, inheritance: "Hashable, Sendable", cases: cases.map { "case \($0.name)(\($0.coding.type))" },
                            doc: DocComment.block(["The representations of one body, by media type: " + cases.map { "`\($0.mediaTypes.joined(separator: "`, `"))`" }.joined(separator: "; ") + "."]),
                            members: [])
    }

    /// `[["application/json", "application/problem+json"], ["text/csv"]]`, as the runtime takes it.
    var groupsLiteral: String {
        "[" + cases.map { "[" + $0.mediaTypes.map(SwiftLiteral.string).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }

    // MARK: Client

    /// Lines setting `requestBody` and `contentType` from `body`.
    func clientEncode(required: Bool) -> [String] {
        var lines = ["let requestBody: HTTPBody?", "let contentType: String?", "switch body {"]
        if !required { lines.append("case nil: (requestBody, contentType) = (nil, nil)") }
        for representation in cases {
            let pattern = ".\(SwiftNames.bare(representation.name))(let body)\(required ? "" : "?")"
            let encode = representation.coding.clientEncode
            if representation.coding.encodesContentType {
                lines += ["case \(pattern):", "    let encoded = \(encode)", "    (requestBody, contentType) = (encoded.body, encoded.contentType)"]
            } else {
                lines.append("case \(pattern): (requestBody, contentType) = (\(encode), \(SwiftLiteral.string(representation.coding.sentContentType)))")
            }
        }
        lines.append("}")
        return lines
    }

    /// Lines returning `wrap(value)` for the representation the response's Content-Type names
    /// (the first when it names none of them).
    func clientDecode(_ wrap: (String) -> String) -> [String] {
        var lines = ["    switch response.representation(among: \(groupsLiteral)) {"]
        for (index, representation) in cases.enumerated().dropFirst() {
            lines.append("    case \(index): return \(wrap(".\(SwiftNames.bare(representation.name))(\(representation.coding.clientDecode))"))")
        }
        lines.append("    default: return \(wrap(".\(SwiftNames.bare(cases[0].name))(\(cases[0].coding.clientDecode))"))")
        lines.append("    }")
        return lines
    }

    // MARK: Server

    /// Lines reading the request's body into `body` by its Content-Type (415 for none of them).
    /// `validation` says what each case is checked against.
    func serverRead(required: Bool, validation: (Case) -> BodyCoding.Validation) -> [String] {
        var lines = ["let body: \(typeName)\(required ? "" : "?")",
                     "switch try request.\(required ? "requiredRepresentation" : "representation")(among: \(groupsLiteral)) {"]
        if !required { lines.append("case nil: body = nil") }
        for (index, representation) in cases.enumerated() {
            let value = representation.coding.serverRead(required: true, mediaTypes: representation.mediaTypes, validation: validation(representation))
            lines.append("\(index == cases.count - 1 ? "default" : "case \(index)"): body = .\(SwiftNames.bare(representation.name))(\(value))")
        }
        lines.append("}")
        return lines
    }

    /// Lines answering with `body` in the representation the handler chose.
    func serverResponse(pattern: String, code: String, headerList: String) -> [String] {
        var lines = ["case \(pattern):", "    switch body {"]
        for representation in cases {
            lines.append("    case .\(SwiftNames.bare(representation.name))(let body): return \(representation.coding.serverResponse(code: code, headerList: headerList))")
        }
        lines.append("    }")
        return lines
    }

    /// `json` for `application/json`, `csv` for `text/csv`, `plainText` for `text/plain`.
    static func caseStem(_ contentType: String) -> String {
        guard let name = MediaTypeName(contentType) else { return "other" }
        switch name.essence {
        case "application/x-www-form-urlencoded": return "form"
        case "multipart/form-data": return "multipartForm"
        case "text/plain": return "plainText"
        case "application/octet-stream": return "binary"
        case "*/*": return "any"
        default:
            if name.subtype == "*" { return name.type }
            return name.suffix ?? name.subtype
        }
    }
}
