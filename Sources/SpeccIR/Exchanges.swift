/// One request and its responses, with who sends the request: a client calling the API (its
/// operations), or the API calling a consumer (webhooks, and callbacks of its operations). What a
/// consumer receives is judged as clients judge responses, and what it answers as requests.
public struct Exchange: Sendable {
    public let operation: Operation
    /// `POST /pets`, `webhook POST newPet`, `POST /subscribe callback onEvent POST {$request.body#/url}`.
    public let name: String
    /// The API sends the request (a webhook or a callback).
    public let isOutbound: Bool

    /// The schemas the API sends: responses of its operations, requests of webhooks and callbacks.
    public var sentByAPI: [SchemaRef] { isOutbound ? operation.requestSchemaRoots : operation.responseSchemaRoots }
    /// The schemas the API receives.
    public var receivedByAPI: [SchemaRef] { isOutbound ? operation.responseSchemaRoots : operation.requestSchemaRoots }
}

extension API {
    /// Every exchange of the document: operations, their callbacks, webhooks.
    public var exchanges: [Exchange] {
        var all: [Exchange] = []
        for operation in operations {
            all.append(Exchange(operation: operation, name: operation.displayName, isOutbound: false))
            for callback in operation.callbacks ?? [] {
                for request in callback.operations {
                    all.append(Exchange(operation: request, name: "\(operation.displayName) callback \(callback.name) \(request.displayName)", isOutbound: true))
                }
            }
        }
        for webhook in webhooks {
            all.append(Exchange(operation: webhook, name: "webhook \(webhook.method.name) \(webhook.path)", isOutbound: true))
        }
        return all
    }
}
