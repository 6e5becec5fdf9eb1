import SpeccDiagnostics
import SpeccIR

/// What the generated Swift carries less completely than the spec describes, as located warnings,
/// so that nothing is dropped silently.
public enum SwiftLimitations {
    static let code = "swift-body-untyped"

    public static func diagnostics(_ api: API) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for operation in api.operations {
            let bodies = [("the request body", operation.requestBody?.content ?? [], operation.requestBody?.location)]
                + operation.responses.map { ("response \($0.status.key)", $0.content, Optional($0.location)) }
            for (what, content, location) in bodies {
                for media in content where media.kind == .multipart {
                    diagnostics.append(.warning(code, "\(what) of \(operation.displayName) in \(media.contentType) is passed as a raw HTTPBody: specc does not type multipart parts yet",
                                                at: media.location ?? location ?? operation.location))
                }
            }
        }
        return diagnostics
    }
}
