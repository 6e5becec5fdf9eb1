import SpeccDiagnostics
import SpeccIR

/// What the generated Swift carries less completely than the spec describes, as located warnings,
/// so that nothing is dropped silently.
public enum SwiftLimitations {
    static let code = "swift-body-untyped"

    public static func diagnostics(_ api: API) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for operation in api.operations {
            for parameter in operation.parameters where parameter.location == .querystring {
                guard let media = parameter.content?.first, !QuerystringContent.carriedKinds.contains(media.kind) else { continue }
                diagnostics.append(.warning("swift-querystring-form", "querystring parameter '\(parameter.name)' of \(operation.displayName) is \(media.contentType); the Swift client and server carry a query string as form fields, JSON or text, so it is read as application/x-www-form-urlencoded fields",
                                            at: media.location ?? parameter.sourceLocation))
            }
            let bodies = [("the request body", operation.requestBody?.content ?? [], operation.requestBody?.location, BodyDirection.request)]
                + operation.responses.map { ("response \($0.status.key)", $0.content, Optional($0.location), BodyDirection.response) }
            for (what, content, location, direction) in bodies {
                for media in content {
                    let reason: String
                    switch media.kind {
                    case .multipart where api.multipartParts(of: media, direction: direction) == nil:
                        reason = media.prefixEncoding != nil || media.itemEncoding != nil || media.itemSchema != nil
                            ? "its parts are passed untyped (MultipartRawPart): parts described by position (itemSchema, prefixEncoding, itemEncoding) are not typed one by one"
                            : "its parts are passed untyped (MultipartRawPart): its schema names no properties to type them by"
                    case .other:
                        reason = "it is passed as a raw HTTPBody: '\(media.contentType)' is not a media type (type/subtype)"
                    default:
                        continue
                    }
                    diagnostics.append(.warning(code, "\(what) of \(operation.displayName) in \(media.contentType): \(reason)",
                                                at: media.location ?? location ?? operation.location))
                }
            }
        }
        for name in api.schemaNames {
            guard let schema = api.schemas[name], let fallback = schema.discriminator?.defaultMapping,
                  let branches = schema.oneOf ?? schema.anyOf, !branches.contains(.named(fallback)) else { continue }
            diagnostics.append(.warning("swift-default-mapping", "the discriminator of '\(name)' has defaultMapping '\(fallback)', which is not one of its branches: the Swift enum has no case for it, so a payload without a mapped '\(schema.discriminator!.propertyName)' fails to decode; list '\(fallback)' in the \(schema.oneOf != nil ? "oneOf" : "anyOf")",
                                        at: schema.location ?? .file(api.source)))
        }
        return diagnostics
    }
}
