// The template contract for `swift/webhooks`: how each receiver protocol (webhooks, an
// operation's callbacks) is registered on a `ServerTransport`, and where its requests arrive.

public struct WebhooksFile: Sendable {
    public let header: String
    /// Modules the file imports besides specc's own (`additionalImports` in the config).
    public var additionalImports: [String] = []
    public let access: String
    public let apiTitle: String
    public let receivers: [ReceiverRegistrationModel]
    /// The schemas the received requests are checked against, as a raw string literal.
    public let schemasLiteral: String
    public var hasReceivers: Bool { !receivers.isEmpty }
}

public struct ReceiverRegistrationModel: Sendable {
    public let protocolName: String
    /// `registerWebhookHandlers`
    public let registerName: String
    /// The struct of paths the requests arrive at.
    public let pathsType: String
    /// As the server's, each with `paths.<member>` for its path.
    public let registrations: [ServerOperationModel]
    public let paths: [ReceiverPathModel]
    /// `orderCreated: String = "/orderCreated"`
    public let pathsParameters: String
}

public struct ReceiverPathModel: Sendable {
    /// The doc comment, ready to place.
    public let doc: String
    public let member: String
    /// `"/orderCreated"`
    public let defaultLiteral: String
}
