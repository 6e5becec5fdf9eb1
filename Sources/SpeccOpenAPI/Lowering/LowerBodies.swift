import SpeccDiagnostics
import SpeccIR
import SpeccYAML

extension LoweringContext {
    func lowerRequestBody(_ node: YAMLNode) -> RequestBody {
        checkKnownFields(node, .requestBody, owner: "requestBody")
        let content = lowerContent(node, owner: "requestBody")
        if content == nil { missing("content", in: node, "requestBody") }
        var body = RequestBody(required: bool(node, "required", in: "requestBody") ?? false, content: content ?? [], location: node.location)
        body.description = string(node, "description", in: "requestBody")
        body.extensions = extensions(of: node)
        return body
    }

    func lowerResponses(_ node: YAMLNode, owner: String) -> [Response] {
        guard expectMapping(node, "'responses' of \(owner)") else { return [] }
        var responses: [Response] = []
        var seen: [ResponseStatus: SourceLocation] = [:]
        for (key, keyNode, value) in entries(node, skippingExtensions: true) {
            guard let status = ResponseStatus(key: key) else {
                sink.error("response-key", "'\(key)' is not a response key: use a status code from 100 to 599, a range such as 4XX, or 'default'", at: keyNode.location)
                continue
            }
            if let first = seen[status] {
                sink.error("response-duplicate", "response '\(key)' is declared twice", at: keyNode.location, notes: [.init("first declared here", at: first)])
                continue
            }
            seen[status] = keyNode.location
            guard var response = withResolved(value, "response '\(key)'", { lowerResponse($0, status: status, label: key, at: keyNode.location) }) else { continue }
            response.summary = referenceOverride(value, "summary") ?? response.summary
            response.description = referenceOverride(value, "description") ?? response.description
            responses.append(response)
        }
        if responses.isEmpty, seen.isEmpty {
            sink.warning("responses-empty", "\(owner) declares no responses", at: node.location)
        }
        return responses
    }

    /// A response of `components/responses`, named rather than keyed by a status code.
    func lowerResponsesComponent(_ node: YAMLNode, name: String) -> Response {
        lowerResponse(node, status: .default, label: name, at: node.location)
    }

    /// `label` names the response in messages: its status key, or its component name.
    private func lowerResponse(_ node: YAMLNode, status: ResponseStatus, label: String, at location: SourceLocation) -> Response {
        let owner = "response '\(label)'"
        checkKnownFields(node, .response, owner: owner)
        // 3.2 makes `description` optional (a `summary` may stand alone); earlier versions require it.
        var response = Response(status: status, description: string(node, "description", in: owner, required: version < .v3_2) ?? "", location: location)
        response.summary = string(node, "summary", in: owner)
        response.headers = lowerHeaders(node, owner: owner)
        response.content = lowerContent(node, owner: owner) ?? []
        if let links = mapping(node, "links", in: owner) {
            response.links = entries(links).compactMap { name, _, value in
                withResolved(value, "link '\(name)'") { lowerLink($0, name: name) }
            }
        }
        response.extensions = extensions(of: node)
        return response
    }

    func lowerLink(_ node: YAMLNode, name: String) -> Link {
        var link = Link(name: name)
        let owner = "link '\(name)'"
        checkKnownFields(node, .link, owner: owner)
        link.operationId = string(node, "operationId", in: owner)
        link.operationIdLocation = node["operationId"]?.location
        link.operationRef = string(node, "operationRef", in: owner)
        if link.operationId != nil, link.operationRef != nil {
            sink.error("link-exclusive", "\(owner) has both 'operationId' and 'operationRef'; use one", at: node.location)
        }
        if let parameters = mapping(node, "parameters", in: owner, keysAreData: true) {
            link.parameters = Dictionary(entries(parameters).map { ($0.name, $0.value.jsonValue) }, uniquingKeysWith: { first, _ in first })
        }
        link.requestBody = node["requestBody"].map(\.jsonValue)
        link.description = string(node, "description", in: owner)
        return link
    }
}
