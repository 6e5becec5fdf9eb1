import HTTPTypes
import OpenAPIRuntime

/// One named part of a multipart body, its value typed as the spec's schema says: a file part's
/// value is an `HTTPBody` that streams, a text or JSON part's its decoded value.
///
/// `headers` are the part's own header fields besides `Content-Disposition`: those a sender adds
/// (the `encoding` map's `headers`, or a `Content-Type` other than the spec's default), and on a
/// received part every one it came with.
public struct FormPart<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    /// The `filename` of the part's `Content-Disposition`: what a file upload is called.
    public var filename: String?
    public var headers: HTTPFields

    public init(_ value: Value, filename: String? = nil, headers: HTTPFields = [:]) {
        self.value = value
        self.filename = filename
        self.headers = headers
    }
}
