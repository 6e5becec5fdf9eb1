import SpeccSystem

/// One part of a multipart body, decided once from the body's schema and `encoding` map, so the
/// docs, the JSON Schemas and the Swift client and server agree on what each part carries.
public struct MultipartPart: Hashable, Sendable {
    /// How many times the part may appear: a required property exactly once, an optional one at
    /// most once, an array property once per item (at least once when required).
    public enum Multiplicity: Hashable, Sendable {
        case exactlyOnce, atMostOnce, atLeastOnce, anyNumber

        /// How the docs say it: `required`, `required, repeated`, `repeated`; nil for at most once.
        public var summary: String? {
            switch self {
            case .exactlyOnce: "required"
            case .atLeastOnce: "required, repeated"
            case .anyNumber: "repeated"
            case .atMostOnce: nil
            }
        }
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

/// Which way a body travels: `required` binds a readOnly property in responses only and a
/// writeOnly one in requests only (OpenAPI's Schema Object).
public enum BodyDirection: Sendable {
    case request, response
}

extension API {
    /// The parts of a multipart body whose schema is an object (its `allOf` parts merged), in
    /// property order; nil for any other body. Properties not listed in `encoding` take OpenAPI's
    /// default media type: `application/octet-stream` for binary strings (`format: binary`, a
    /// `contentMediaType` or `contentEncoding`), `text/plain` for other primitives, and
    /// `application/json` for objects, arrays of arrays and schemas of no one type.
    public func multipartParts(of media: MediaType, direction: BodyDirection) -> [MultipartPart]? {
        guard media.kind == .multipart, let schema = media.schema.flatMap(schema) else { return nil }
        let (properties, listed) = mergedProperties(of: schema)
        // A readOnly part is not sent in a request, nor a writeOnly one in a response: `required`
        // does not bind them there.
        let required = listed.filter { name in
            guard let property = properties.first(where: { $0.name == name }), let resolved = self.schema(property.schema) else { return true }
            return direction == .request ? resolved.readOnly != true : resolved.writeOnly != true
        }
        guard !properties.isEmpty else { return nil }
        return properties.map { property in
            let encoding = media.encoding?.first { $0.property == property.name }
            let (valueSchema, isArray) = partValue(property.schema)
            let multiplicity: MultipartPart.Multiplicity = switch (isArray, required.contains(property.name)) {
            case (false, true): .exactlyOnce
            case (false, false): .atMostOnce
            case (true, true): .atLeastOnce
            case (true, false): .anyNumber
            }
            let declared = encoding?.contentType?.split(separator: ",").first.map { $0.trimmed { $0 == " " || $0 == "\t" } }
            let contentType = declared ?? defaultPartContentType(valueSchema)
            let kind: MediaKind = switch MediaKind(contentType: contentType) {
            // A string whose content is JSON (`contentMediaType: application/json`) is sent as
            // the text it is, not encoded again as a JSON string.
            case .json: valueTypes(valueSchema, depth: 0) == [.string] ? .text : .json
            case .text: .text
            default: .binary
            }
            return MultipartPart(name: property.name, schema: valueSchema, kind: kind, contentType: contentType,
                                 multiplicity: multiplicity, headers: encoding?.headers ?? [])
        }
    }

    /// The schema of one part's value, and whether the property is an array sent as a part per
    /// item. `null` branches and single-branch wrappers are looked through (FastAPI's optional
    /// file, `anyOf: [{type: string, format: binary}, {type: 'null'}]`, is a file), and so is a
    /// union of a value and an array of such values (OpenAI's `image`: one file or several).
    private func partValue(_ ref: SchemaRef) -> (schema: SchemaRef, isArray: Bool) {
        let value = unwrapped(ref, depth: 0)
        guard let resolved = schema(value) else { return (value, false) }
        if Set(resolved.types ?? []).subtracting([.null]) == [.array] {
            return (resolved.array?.items ?? .inline(Schema()), true)
        }
        let branches = ((resolved.anyOf ?? []) + (resolved.oneOf ?? [])).filter { !isNull($0) }.map { unwrapped($0, depth: 0) }
        let arrays = branches.filter { schema($0).map { Set($0.types ?? []).subtracting([.null]) == [.array] } ?? false }
        if resolved.types == nil, arrays.count == 1, let items = schema(arrays[0])?.array?.items {
            let single = branches.filter { $0 != arrays[0] }
            if !single.isEmpty, single.allSatisfy({ defaultPartContentType($0) == defaultPartContentType(items) }) { return (items, true) }
        }
        return (value, false)
    }

    /// `ref` without the wrappers that do not change what a value is: a composition of one
    /// non-null branch.
    private func unwrapped(_ ref: SchemaRef, depth: Int) -> SchemaRef {
        guard depth < 8, let resolved = schema(ref), resolved.types == nil, resolved.object == nil else { return ref }
        let allOf = resolved.allOf ?? []
        let alternatives = (resolved.anyOf ?? []) + (resolved.oneOf ?? [])
        let nonNull = alternatives.filter { !isNull($0) }
        if allOf.isEmpty, !alternatives.isEmpty, nonNull.count == 1 { return unwrapped(nonNull[0], depth: depth + 1) }
        if allOf.count == 1, alternatives.isEmpty { return unwrapped(allOf[0], depth: depth + 1) }
        return ref
    }

    private func isNull(_ ref: SchemaRef) -> Bool { schema(ref)?.types == [.null] }

    /// Whether a multipart body takes parts its schema does not name: unless
    /// `additionalProperties: false` closes it.
    public func multipartAllowsUnknownParts(_ media: MediaType) -> Bool {
        guard let schema = media.schema.flatMap(schema) else { return true }
        if case .inline(let additional)? = schema.object?.additionalProperties, additional.isNever { return false }
        return true
    }

    private func defaultPartContentType(_ ref: SchemaRef) -> String {
        guard let schema = schema(unwrapped(ref, depth: 0)) else { return "application/json" }
        if Set(schema.types ?? []).subtracting([.null]) == [.string] {
            if let mediaType = schema.string?.contentMediaType { return mediaType }
            if schema.format == "binary" || schema.string?.contentEncoding != nil { return "application/octet-stream" }
        }
        // A primitive is text, also when spelled as a union of primitives (`anyOf: [{type:
        // string}, {enum: [whisper-1]}]`, OpenAI's open model names).
        guard let types = valueTypes(ref, depth: 0), !types.isEmpty, types.isSubset(of: [.string, .integer, .number, .boolean]) else {
            return "application/json"
        }
        return "text/plain"
    }

    /// The JSON types a value of the schema can have (null aside), through `anyOf`/`oneOf`
    /// branches, a single `allOf` part and enum values; nil when any type is possible.
    private func valueTypes(_ ref: SchemaRef, depth: Int) -> Set<JSONType>? {
        guard depth < 8, let schema = schema(ref) else { return nil }
        if let types = schema.types { return Set(types).subtracting([.null]) }
        if let parts = schema.allOf, parts.count == 1, schema.anyOf == nil, schema.oneOf == nil { return valueTypes(parts[0], depth: depth + 1) }
        if let values = schema.enumValues ?? schema.const.map({ [$0] }) {
            return Set(values.map(\.jsonType)).subtracting([.null])
        }
        let branches = (schema.anyOf ?? []) + (schema.oneOf ?? [])
        guard !branches.isEmpty else { return nil }
        var union: Set<JSONType> = []
        for branch in branches {
            guard let types = valueTypes(branch, depth: depth + 1) else { return nil }
            union.formUnion(types)
        }
        return union
    }
}

extension JSONValue {
    /// The JSON type of the value (an integer is also a `number`, but is reported as `integer`).
    fileprivate var jsonType: JSONType {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .integer: .integer
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }
}
