import SpeccDiagnostics
import SpeccIR

/// What the generated Swift carries less completely than the spec describes, as located warnings,
/// so that nothing is dropped silently.
public enum SwiftLimitations {
    static let code = "swift-body-untyped"

    public static func diagnostics(_ api: API) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for operation in api.operations {
            if let body = operation.requestBody, let chosen = BodyCoding.representative(body.content) {
                for media in body.content where !BodyCoding.carriedAlike(media.kind, chosen.kind) {
                    diagnostics.append(.warning(code, "the request body of \(operation.displayName) is generated for '\(chosen.contentType)'; the Swift client never sends '\(media.contentType)' and the Swift server refuses it with 415",
                                                at: media.location ?? body.location))
                }
                if chosen.kind == .multipart {
                    diagnostics.append(.warning(code, "the \(chosen.contentType) request body of \(operation.displayName) is passed as a raw HTTPBody: specc does not type multipart parts yet",
                                                at: chosen.location ?? body.location))
                }
            }
            for response in operation.responses {
                guard let chosen = BodyCoding.representative(response.content) else { continue }
                for media in response.content where !BodyCoding.carriedAlike(media.kind, chosen.kind) {
                    diagnostics.append(.warning(code, "response \(response.status.key) of \(operation.displayName) is generated for '\(chosen.contentType)'; a '\(media.contentType)' answer is read as if it were that",
                                                at: media.location ?? response.location))
                }
                if chosen.kind == .multipart {
                    diagnostics.append(.warning(code, "the \(chosen.contentType) response \(response.status.key) of \(operation.displayName) is passed as a raw HTTPBody: specc does not type multipart parts yet",
                                                at: chosen.location ?? response.location))
                }
            }
        }
        return diagnostics
    }
}
