import SpeccIR
import SpeccJSONSchema
import SpeccTemplating

/// The requests the API sends rather than answers (3.1 webhooks, and each operation's callbacks),
/// as Swift an app implements to receive them: one protocol per set, one requirement per request,
/// and a registration that checks each request as the server stubs check theirs.
struct Receivers {
    /// One protocol: the webhooks, or one operation's callbacks.
    struct Group {
        let protocolName: String
        let registerName: String
        let pathsType: String
        let doc: [String]
        let endpoints: [Endpoint]
        let shapes: [OperationShape]
        /// Each shape's endpoint, by position.
        let endpointOfShape: [Int]
    }

    /// Where some of the set's requests arrive: a webhook's name, or a callback's expression
    /// (by default at `/<operationId>/<callback>`, unique across the document).
    struct Endpoint {
        let member: String
        let defaultPath: String
        let doc: String
    }

    let sets: [Group]

    init(api: API, models: ModelCollector) {
        var sets: [Group] = []
        if !api.webhooks.isEmpty {
            var names: [String] = []
            for webhook in api.webhooks where !names.contains(webhook.path) { names.append(webhook.path) }
            var members = NameScope()
            let endpoints = names.map { name in
                Endpoint(member: members.claim(SwiftNames.memberName(name)), defaultPath: Self.defaultPath(name),
                         doc: "    /// Where the `\(name)` webhook arrives.")
            }
            let operations = names.flatMap { name in api.webhooks.filter { $0.path == name } }
            // A webhook without an operationId is named after itself, with its method where it has several.
            let methodNames = operations.map { webhook in
                webhook.operationId ?? (api.webhooks.filter { $0.path == webhook.path }.count > 1 ? "\(webhook.path) \(webhook.method.field)" : webhook.path)
            }
            sets.append(Group(
                protocolName: GeneratedDeclaration.webhooks.name, registerName: "registerWebhookHandlers",
                pathsType: GeneratedDeclaration.webhookPaths.name,
                doc: ["The webhooks \(api.info.title) sends. Implement this and call `registerWebhookHandlers(on:paths:)`",
                      "to receive them, each request checked against the spec before its method runs."],
                endpoints: endpoints,
                shapes: OperationShape.all(operations, names: methodNames, reserving: ["registerWebhookHandlers"], api: api, models: models),
                endpointOfShape: operations.map { operation in names.firstIndex(of: operation.path)! }))
        }
        for operation in api.operations {
            guard let callbacks = operation.callbacks, !callbacks.isEmpty else { continue }
            let stem = SwiftNames.typeName(operation.operationId ?? "\(operation.method.field) \(operation.path)")
            var members = NameScope()
            var endpoints: [Endpoint] = []
            var operations: [Operation] = []
            var methodNames: [String] = []
            var endpointOfShape: [Int] = []
            let owner = operation.operationId ?? operation.displayName
            for (index, callback) in callbacks.enumerated() {
                // A callback of several expressions is one entry per expression, each its own member.
                let member = members.claim(SwiftNames.memberName(callback.name))
                endpoints.append(Endpoint(member: member, defaultPath: Self.defaultPath(owner) + Self.defaultPath(SwiftNames.bare(member)),
                                          doc: "    /// Where the `\(callback.name)` callback arrives (the API sends it to `\(callback.expression)`)."))
                for request in callback.operations {
                    // The id names the request's schemas in the one validation document of all
                    // receivers, so it is unique (the operation's id, the callback's position, the
                    // method); the method is named after the callback.
                    var identified = request
                    if identified.operationId == nil { identified.operationId = "\(owner) callback \(index + 1) \(callback.name) \(request.method.name)" }
                    operations.append(identified)
                    methodNames.append(request.operationId ?? (callback.operations.count > 1 ? "\(callback.name) \(request.method.field)" : callback.name))
                }
                endpointOfShape += callback.operations.map { _ in endpoints.count - 1 }
            }
            sets.append(Group(
                protocolName: models.claimTypeName(stem + "Callbacks"), registerName: "registerCallbackHandlers",
                pathsType: models.claimTypeName(stem + "CallbackPaths"),
                doc: ["The callbacks `\(operation.operationId ?? operation.displayName)` makes. Implement this and call",
                      "`registerCallbackHandlers(on:paths:)` to receive them, each request checked first."],
                endpoints: endpoints,
                shapes: OperationShape.all(operations, names: methodNames, reserving: ["registerCallbackHandlers"], api: api, models: models),
                endpointOfShape: endpointOfShape))
        }
        self.sets = sets
    }

    /// `/order.created`: the name as one path segment, characters a path cannot hold as `-`.
    static func defaultPath(_ name: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        return "/" + String(name.map { allowed.contains($0) ? $0 : "-" })
    }

    /// The protocols and response enums, for the types file.
    var protocols: [ReceiverProtocolModel] {
        sets.map { set in
            ReceiverProtocolModel(doc: DocComment.block(set.doc), protocolName: set.protocolName,
                                  requirements: set.shapes.map(APIProtocolBuilder.requirement))
        }
    }

    /// The registrations, paths and schemas, for `Webhooks.swift`.
    func file(api: API, header: String, access: String) -> WebhooksFile {
        var entries: [(key: String, schema: SchemaRef)] = []
        let registrations = sets.map { set in
            ReceiverRegistrationModel(
                protocolName: set.protocolName, registerName: set.registerName, pathsType: set.pathsType,
                registrations: zip(set.shapes, set.endpointOfShape).map { shape, endpoint in
                    // Only a request's own security applies: the document's is for calls to the API.
                    ServerBuilder.registration(shape, path: "paths.\(SwiftNames.bare(set.endpoints[endpoint].member))",
                                               security: shape.operation.security.flatMap { ServerBuilder.security($0, api: api) }, entries: &entries)
                },
                paths: set.endpoints.map { ReceiverPathModel(doc: $0.doc, member: $0.member, defaultLiteral: SwiftLiteral.string($0.defaultPath)) },
                pathsParameters: set.endpoints.map { "\($0.member): String = \(SwiftLiteral.string($0.defaultPath))" }.joined(separator: ", "))
        }
        let schemas = sets.isEmpty ? Array("{}".utf8) : ValidationDocument.utf8(api: api, entries: entries)
        return WebhooksFile(header: header, access: access, apiTitle: api.info.title, receivers: registrations,
                            schemasLiteral: SwiftLiteral.rawMultiline(utf8: schemas))
    }

    /// The bodies' and responses' representation enums, which the types file declares.
    var representations: [OperationShape] { sets.flatMap(\.shapes) }
}
