/// One part of a multipart body, decided once from the body's schema and `encoding` map, so the
/// docs, the JSON Schemas and the Swift client and server agree on what each part carries.
public struct MultipartPart: Hashable, Sendable {
    /// How many times the part may appear: a required property exactly once, an optional one at
    /// most once, an array property once per item (at least once when required).
    public enum Multiplicity: Hashable, Sendable {
        case exactlyOnce, atMostOnce, atLeastOnce, anyNumber
    }

    /// The property name, sent as the part's `Content-Disposition` name.
    public let name: String
    /// The schema of one part's value: the property's, or its `items` for an array property.
    public let schema: SchemaRef
    /// What the part's bytes are: `json`, `text` or `binary` (a file, streamed).
    public let kind: MediaKind
    /// The media type a part is sent with: the `encoding` entry's (its first, when it lists
    /// several), else OpenAPI's default for the schema.
    public let contentType: String
    public let multiplicity: Multiplicity
    /// The headers its `encoding` entry documents.
    public let headers: [Header]
}

extension API {
    /// The parts of a multipart body whose schema is an object (its `allOf` parts merged), in
    /// property order; nil for any other body. Properties not listed in `encoding` take OpenAPI's
    /// default media type: `application/octet-stream` for binary strings (`format: binary`, a
    /// `contentMediaType` or `contentEncoding`), `text/plain` for other primitives, and
    /// `application/json` for objects, arrays of arrays and schemas of no one type.
    public func multipartParts(of media: MediaType) -> [MultipartPart]? {
        guard media.kind == .multipart, let schema = media.schema.flatMap(schema) else { return nil }
        let (properties, required) = mergedProperties(of: schema)
        guard !properties.isEmpty else { return nil }
        return properties.map { property in
            let encoding = media.encoding?.first { $0.property == property.name }
            var valueSchema = property.schema
            let isArray = self.schema(property.schema).map { $0.types == [.array] || $0.types == [.array, .null] } ?? false
            if isArray, let items = self.schema(property.schema)?.array?.items { valueSchema = items }
            let multiplicity: MultipartPart.Multiplicity = switch (isArray, required.contains(property.name)) {
            case (false, true): .exactlyOnce
            case (false, false): .atMostOnce
            case (true, true): .atLeastOnce
            case (true, false): .anyNumber
            }
            let declared = encoding?.contentType?.split(separator: ",").first.map { $0.trimmingSpaces() }
            let contentType = declared ?? defaultPartContentType(valueSchema)
            let kind: MediaKind = switch MediaKind(contentType: contentType) {
            case .json: .json
            case .text: .text
            default: .binary
            }
            return MultipartPart(name: property.name, schema: valueSchema, kind: kind, contentType: contentType,
                                 multiplicity: multiplicity, headers: encoding?.headers ?? [])
        }
    }

    /// Whether a multipart body takes parts its schema does not name: unless
    /// `additionalProperties: false` closes it.
    public func multipartAllowsUnknownParts(_ media: MediaType) -> Bool {
        guard let schema = media.schema.flatMap(schema) else { return true }
        if case .inline(let additional)? = schema.object?.additionalProperties, additional.isNever { return false }
        return true
    }

    private func defaultPartContentType(_ ref: SchemaRef) -> String {
        guard let schema = schema(ref) else { return "application/json" }
        let types = Set(schema.types ?? []).subtracting([.null])
        if types == [.string] {
            if let mediaType = schema.string?.contentMediaType { return mediaType }
            if schema.format == "binary" || schema.string?.contentEncoding != nil { return "application/octet-stream" }
            return "text/plain"
        }
        if types.count == 1, let type = types.first, [.integer, .number, .boolean].contains(type) { return "text/plain" }
        if schema.enumValues != nil && types.isEmpty { return "text/plain" }
        return "application/json"
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
