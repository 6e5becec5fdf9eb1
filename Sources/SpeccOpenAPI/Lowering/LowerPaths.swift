import SpeccDiagnostics
import SpeccIR
import SpeccYAML

extension LoweringContext {
    /// Operations of a Paths-like map (paths, webhooks, a callback), in source order.
    func lowerPathMap(_ map: YAMLNode, isWebhooks: Bool = false) -> [Operation] {
        entries(map, skippingExtensions: true).flatMap { path, key, value in
            lowerPathEntry(path, key: key, value: value, isWebhooks: isWebhooks)
        }
    }

    /// The operations of one entry of a Paths-like map.
    func lowerPathEntry(_ path: String, key: YAMLNode, value: YAMLNode, isWebhooks: Bool = false) -> [Operation] {
        if !isWebhooks, !path.hasPrefix("/") {
            sink.error("path-invalid", "path '\(path)' must start with '/'", at: key.location)
        }
        guard let item = withResolved(value, "path item", { $0 }) else { return [] }
        var operations = lowerPathItem(item, path: path)
        if !isWebhooks {
            let locations = Dictionary(PathTemplate.variableOffsets(in: path).map { ($0.name, key.location(ofCharacterAt: $0.offset)) },
                                       uniquingKeysWith: { first, _ in first })
            for index in operations.indices { operations[index].pathVariableLocations = locations }
        }
        return operations
    }

    func lowerPathItem(_ item: YAMLNode, path: String) -> [Operation] {
        checkKnownFields(item, .pathItem, owner: "path item '\(path)'")
        let shared = lowerParameterList(item, owner: "path item '\(path)'") ?? []
        let servers = lowerServers(item)
        let summary = string(item, "summary", in: "path item")
        let description = string(item, "description", in: "path item")
        var operations: [Operation] = []
        func add(_ method: HTTPMethod, _ key: YAMLNode, _ value: YAMLNode) {
            guard let node = object(value, "operation '\(key.scalar ?? method.name)' of '\(path)'") else { return }
            var operation = lowerOperation(node, method: method, path: path, at: key.location)
            operation.parameters = merge(shared: shared, own: operation.parameters)
            // The path item's own conflicts are reported once, for the path item; here those the operation adds.
            let own = Set(operation.parameters.map(\.sourceLocation)).subtracting(shared.map(\.sourceLocation))
            checkQueryParameters(operation.parameters, of: "operation \(operation.displayName)") { own.contains($0.sourceLocation) || own.contains($1.sourceLocation) }
            operation.servers = operation.servers ?? servers
            operation.summary = operation.summary ?? summary
            operation.description = operation.description ?? description
            operations.append(operation)
        }
        checkQueryParameters(shared, of: "path item '\(path)'")
        for (key, value) in item.pairs {
            guard let field = key.scalar else { continue }
            if let method = HTTPMethod(field: field) {
                add(method, key, value)
            } else if field == "additionalOperations", let map = mapping(item, field, in: "path item '\(path)'") {
                for (name, methodKey, value) in entries(map) where isAdditionalMethod(name, at: methodKey) {
                    add(HTTPMethod(name: name), methodKey, value)
                }
            }
        }
        return operations
    }

    /// 3.2 §4.8.9.1: an `additionalOperations` key is the method as sent, so an RFC 9110 token,
    /// and never one a fixed field already names (`POST` belongs under `post`).
    private func isAdditionalMethod(_ name: String, at key: YAMLNode) -> Bool {
        if let fixed = HTTPMethod.fixed.first(where: { $0.name == name }) {
            sink.error("method-fixed-field", "'\(name)' in additionalOperations is the \(fixed.name) method, which has its own field; write it under '\(fixed.field)'", at: key.location)
            return false
        }
        // Methods are case-sensitive (RFC 9110 §9.1), so `post` is another method than POST; it
        // is read as written, since it is almost always a slip.
        if let fixed = HTTPMethod.fixed.first(where: { $0.name == name.uppercased() }) {
            sink.warning("method-case", "'\(name)' in additionalOperations is sent as written, a method other than \(fixed.name) (methods are case-sensitive); if \(fixed.name) is meant, write it under '\(fixed.field)'", at: key.location)
        }
        guard HTTPMethod.isToken(name) else {
            sink.error("method-invalid", "'\(name)' in additionalOperations is not an HTTP method name: a method is a token of letters, digits and !#$%&'*+-.^_`|~ (RFC 9110)", at: key.location)
            return false
        }
        return true
    }

    /// Path-item parameters apply unless the operation redefines the same name and location.
    private func merge(shared: [Parameter], own: [Parameter]) -> [Parameter] {
        let overridden = Set(own.map { ParameterKey($0) })
        return shared.filter { !overridden.contains(ParameterKey($0)) } + own
    }

    private func lowerOperation(_ node: YAMLNode, method: HTTPMethod, path: String, at location: SourceLocation) -> Operation {
        var operation = Operation(method: method, path: path, location: location)
        let owner = "operation \(operation.displayName)"
        checkKnownFields(node, .operation, owner: owner)
        operation.operationId = string(node, "operationId", in: owner)
        operation.operationIdLocation = node["operationId"]?.location
        operation.summary = string(node, "summary", in: owner)
        operation.description = string(node, "description", in: owner)
        operation.tags = stringList(node, "tags", in: owner) ?? []
        operation.deprecated = bool(node, "deprecated", in: owner) ?? false
        operation.parameters = lowerParameterList(node, owner: owner) ?? []
        if let body = node["requestBody"] {
            operation.requestBody = withResolved(body, "'requestBody'") { lowerRequestBody($0) }
            if let description = referenceOverride(body, "description") { operation.requestBody?.description = description }
        }
        if let responses = node["responses"], let map = object(responses, "'responses' of \(owner)") {
            operation.responses = lowerResponses(map, owner: owner)
        } else if version == .v3_0 {
            missing("responses", in: node, owner)
        }
        if let security = node["security"] {
            operation.security = lowerSecurityRequirements(security)
        }
        operation.servers = lowerServers(node)
        operation.callbacks = lowerCallbacks(node)
        operation.externalDocs = lowerExternalDocs(node)
        operation.extensions = extensions(of: node)
        return operation
    }

    private func lowerCallbacks(_ node: YAMLNode) -> [Callback]? {
        guard let map = mapping(node, "callbacks", in: "operation") else { return nil }
        return entries(map).compactMap { name, _, value in
            withResolved(value, "callback '\(name)'") { lowerCallback($0, name: name) }
        }.flatMap { $0 }
    }

    /// A Callback Object: one callback per runtime expression it keys.
    func lowerCallback(_ node: YAMLNode, name: String) -> [Callback] {
        entries(node, skippingExtensions: true).compactMap { expression, _, itemNode in
            withResolved(itemNode, "callback path item") { item in
                Callback(name: name, expression: expression, operations: lowerPathItem(item, path: expression))
            }
        }
    }
}

/// Parameters are identified by name and location; header names are case-insensitive.
struct ParameterKey: Hashable {
    let name: String
    let location: ParameterLocation

    init(_ parameter: Parameter) {
        self.location = parameter.location
        self.name = parameter.location == .header ? parameter.name.lowercased() : parameter.name
    }
}
