/// One file an emitter produces, addressed relative to the output root (`strigo-events/docs/index.md`).
///
/// Held as the UTF-8 bytes written to disk: the built-in writers make bytes, and a `String` of
/// them would be validated and copied once more per file (on Stripe, 17 MB and 4% of generating).
public struct OutputFile: Hashable, Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, contents: String) {
        self.init(path: path, bytes: Array(contents.utf8))
    }

    /// The bytes as text: for reading a file in tests and tools, not on the way to disk.
    public var contents: String { String(decoding: bytes, as: UTF8.self) }
}
