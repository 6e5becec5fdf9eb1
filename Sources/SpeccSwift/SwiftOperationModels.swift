// The template contract for `swift/operations`: the API protocol (one requirement per operation)
// and each operation's response enum, which the client returns and a server's handler returns.

public struct OperationsFile: Sendable {
    public let header: String
    /// Modules the file imports besides specc's own (`additionalImports` in the config).
    public var additionalImports: [String] = []
    /// `public`, `package` or `internal`: every declaration's access level.
    public let access: String
    public let apiTitle: String
    public let operations: [APIOperationModel]
    /// The protocols of the requests the API sends (webhooks, callbacks), with their answers' enums.
    public let receivers: [ReceiverProtocolModel]
    /// The enums of bodies that come in several media types, request and response alike, those
    /// of multipart bodies' parts, and those of the media types an operation answers in.
    public let representations: [RepresentationModel]
}

public struct RepresentationModel: Sendable {
    public let name: String
    /// `Hashable, Sendable`; a raw-valued enum's `String, CaseIterable, Hashable, Sendable`.
    public let inheritance: String
    /// `case json(Report)`, one per representation.
    public let cases: [String]
    /// The doc comment, ready to place.
    public let doc: String?
    /// Lines after the enum, ready to place (a blank line first): a parts enum's
    /// `MultipartParts` conformance.
    public let members: [String]
}

public struct APIOperationModel: Sendable {
    /// The doc comment, ready to place: `/// ` lines, indented for where the declaration goes.
    public let doc: String?
    public let name: String
    /// `eventId: String, body: EventUpdate?`: no default values, as a protocol requires.
    public let parameters: String
    public let responseType: String
    public let responseCases: [ResponseCaseModel]
}

/// A protocol an app implements to receive requests the API sends.
public struct ReceiverProtocolModel: Sendable {
    public let doc: String?
    public let protocolName: String
    /// One per request; each `responseType` is the enum of its answers.
    public let requirements: [APIOperationModel]
}
