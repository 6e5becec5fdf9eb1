import SpeccIR
import SpeccTemplating

/// The output type of one operation: a case per documented status with its typed body and headers,
/// and `undocumented` for any other status (unless the spec documents `default`).
struct ResponseCases {
    private(set) var cases: [ResponseCaseModel] = []
    /// The client's `switch response.status` cases, decoding each outcome.
    private(set) var switchCases: [String] = []
    /// The server's `switch` over the handler's outcome, encoding each case.
    private(set) var serverCases: [String] = []
    /// The enums of response bodies that come in several representations.
    private(set) var representations: [Representations] = []

    init(api: API, models: ModelCollector, typeStem: String, operation: Operation) {
        var names = NameScope(reserved: ["undocumented"])
        // Exact codes before ranges before default, as the switch must test them.
        let ordered = operation.responses.sorted { $0.status < $1.status }
        var hasDefault = false
        for response in ordered {
            let name = names.claim(Self.caseName(response.status))
            var labels: [String] = []
            var values: [String] = []
            var declarations: [String] = []
            let isRange: Bool
            switch response.status {
            case .code: isRange = false
            case .range, .default: isRange = true
            }
            if isRange {
                declarations.append("statusCode: Int")
                values.append("statusCode: response.status")
            }
            let bodyHint = typeStem + SwiftNames.typeName(SwiftNames.bare(name)) + "Body"
            let body = Self.body(response, api: api, models: models, hint: bodyHint)
            let representations = Representations(response.content, direction: .response, typeName: { models.claimTypeName(bodyHint) }, api: api, models: models, hint: bodyHint)
            if let representations { self.representations.append(representations) }
            var headerNames = NameScope(reserved: ["statusCode", "body"])
            let headerParts: [(String, SwiftType, String, String)] = response.headers.map { header in
                let label = headerNames.claim(SwiftNames.memberName(header.name))
                let type = header.schema.map { models.type(for: $0, hint: "String").type } ?? .string
                let (swiftType, read) = Self.headerRead(type: type, name: header.name)
                return (label, swiftType, read, header.name)
            }
            let labelled = !headerParts.isEmpty || isRange
            if let body {
                let type = representations.map { SwiftType.named($0.typeName) } ?? body.type
                declarations.append(labelled ? "body: \(type)" : type.description)
            }
            var headerValues: [String] = []
            for (label, type, read, _) in headerParts {
                declarations.append("\(label): \(type)")
                headerValues.append("\(SwiftNames.label(label)): \(read)")
                labels.append(label)
            }
            let declaration = declarations.isEmpty ? "case \(name)" : "case \(name)(\(declarations.joined(separator: ", ")))"
            let member = SwiftNames.bare(name)
            // The case built from the response, around the body's value (which a switch over
            // representations chooses).
            let construct = { (bodyValue: String?) -> String in
                let all = values + (bodyValue.map { [labelled ? "body: \($0)" : $0] } ?? []) + headerValues
                return all.isEmpty ? ".\(member)" : ".\(member)(\(all.joined(separator: ", ")))"
            }
            let construction = construct(body?.clientDecode)
            cases.append(ResponseCaseModel(doc: DocComment.block(Self.doc(response), indent: "    "), declaration: declaration))
            serverCases += Self.serverCase(response.status, member: member, isRange: isRange, body: body, representations: representations,
                                           headers: headerParts.map { ($0.0, $0.3) })
            let label: String
            switch response.status {
            case .code(let code): label = "case \(code):"
            case .range(let digit): label = "case \(digit * 100)..<\(digit * 100 + 100):"
            case .default:
                hasDefault = true
                label = "default:"
            }
            if let representations {
                switchCases.append(label)
                switchCases += representations.clientDecode(construct)
            } else {
                switchCases.append("\(label) return \(construction)")
            }
        }
        if !hasDefault {
            cases.append(ResponseCaseModel(doc: DocComment.block(["A status the spec does not document."], indent: "    "), declaration: "case undocumented(UndocumentedResponse)"))
            switchCases.append("default: return .undocumented(try await response.undocumented())")
            serverCases.append("case .undocumented(let response): return .undocumented(response)")
        }
    }

    /// `case .tooManyRequests(let body, let retryAfter): return try .body(429, body, …)`.
    private static func serverCase(_ status: ResponseStatus, member: String, isRange: Bool, body: BodyCoding?, representations: Representations?,
                                   headers: [(label: String, name: String)]) -> [String] {
        var bindings: [String] = []
        if isRange { bindings.append("statusCode") }
        if body != nil { bindings.append("body") }
        bindings += headers.map(\.label)
        let pattern = bindings.isEmpty ? ".\(member)" : ".\(member)(\(bindings.map { "let \($0)" }.joined(separator: ", ")))"
        let code: String
        switch status {
        case .code(let value): code = String(value)
        case .range, .default: code = "statusCode"
        }
        let headerList = headers.isEmpty ? "" : ", headers: [" + headers.map { "(\(SwiftLiteral.string($0.name)), ServerResponse.text(\($0.label)))" }.joined(separator: ", ") + "]"
        if let representations {
            return representations.serverResponse(pattern: pattern, code: code, headerList: headerList)
        }
        if let body {
            return ["case \(pattern): return \(body.serverResponse(code: code, headerList: headerList))"]
        }
        return ["case \(pattern): return .empty(\(code)\(headerList))"]
    }

    /// How the response's body is carried (see `BodyCoding.representative`).
    private static func body(_ response: Response, api: API, models: ModelCollector, hint: String) -> BodyCoding? {
        guard let media = BodyCoding.representative(response.content) else { return nil }
        return BodyCoding(media, direction: .response, api: api, models: models, hint: hint)
    }

    /// Header values are text; typed headers are converted, and an unparsable value reads as nil.
    private static func headerRead(type: SwiftType, name: String) -> (SwiftType, String) {
        let raw = "response.header(\(SwiftLiteral.string(name)))"
        switch type {
        case .int, .double, .bool: return (.optional(type), "\(raw).flatMap { \(type)($0) }")
        default: return (.optional(.string), raw)
        }
    }

    static func caseName(_ status: ResponseStatus) -> String {
        switch status {
        case .code(let code): names[code].map(SwiftNames.escaped) ?? "status\(code)"
        case .range(let digit): ["", "informational", "success", "redirection", "clientError", "serverError"][digit]
        case .default: "`default`"
        }
    }

    private static let names: [Int: String] = [
        100: "continue", 200: "ok", 201: "created", 202: "accepted", 203: "nonAuthoritativeInformation", 204: "noContent",
        206: "partialContent", 301: "movedPermanently", 302: "found", 303: "seeOther", 304: "notModified",
        307: "temporaryRedirect", 308: "permanentRedirect", 400: "badRequest", 401: "unauthorized", 402: "paymentRequired",
        403: "forbidden", 404: "notFound", 405: "methodNotAllowed", 406: "notAcceptable", 408: "requestTimeout",
        409: "conflict", 410: "gone", 412: "preconditionFailed", 413: "contentTooLarge", 415: "unsupportedMediaType",
        422: "unprocessableContent", 423: "locked", 428: "preconditionRequired", 429: "tooManyRequests",
        500: "internalServerError", 501: "notImplemented", 502: "badGateway", 503: "serviceUnavailable", 504: "gatewayTimeout",
    ]

    private static func doc(_ response: Response) -> [String] {
        DocComment.lines([response.description, "HTTP \(response.status.key)."])
    }
}
