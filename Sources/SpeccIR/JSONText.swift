/// Deterministic JSON text for values from a spec: keys in source order, two-space indentation,
/// numbers in their shortest round-trip form. Used wherever an example is shown or sent, and for
/// every JSON Schema document, so it writes UTF-8 bytes and copies string runs that need no escape.
extension JSONValue {
    /// Pretty-printed, two spaces per level, as API reference pages show bodies.
    public var prettyText: String { text(pretty: true, sortingKeys: false) }

    /// Pretty-printed with every object's keys in order, as `sortedPrettyText` is, without
    /// building the sorted copy: the form of every JSON Schema document and diff report.
    public var sortedPrettyText: String { text(pretty: true, sortingKeys: true) }

    /// `sortedPrettyText`'s UTF-8: for a file's bytes, or a caller that frees the value before
    /// making the string.
    public var sortedPrettyBytes: [UInt8] { utf8(pretty: true, sortingKeys: true) }

    /// One line with no spaces, as a `curl -d` argument carries a body.
    public var compactText: String { text(pretty: false, sortingKeys: false) }

    private func text(pretty: Bool, sortingKeys: Bool) -> String {
        String(decoding: utf8(pretty: pretty, sortingKeys: sortingKeys), as: UTF8.self)
    }

    private func utf8(pretty: Bool, sortingKeys: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        write(into: &bytes, indent: 0, pretty: pretty, sortingKeys: sortingKeys)
        return bytes
    }

    private func write(into bytes: inout [UInt8], indent: Int, pretty: Bool, sortingKeys: Bool) {
        switch self {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .integer(let value): bytes.append(contentsOf: String(value).utf8)
        case .number(let value): bytes.append(contentsOf: Self.numberText(value).utf8)
        case .string(let value): Self.appendQuoted(value, to: &bytes)
        case .array(let values):
            guard !values.isEmpty else { bytes.append(contentsOf: "[]".utf8); return }
            bytes.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(&bytes, indent: indent + 1) }
                value.write(into: &bytes, indent: indent + 1, pretty: pretty, sortingKeys: sortingKeys)
            }
            if pretty { Self.newline(&bytes, indent: indent) }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { bytes.append(contentsOf: "{}".utf8); return }
            bytes.append(UInt8(ascii: "{"))
            for (index, member) in (sortingKeys ? members.sorted { $0.key < $1.key } : members).enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(&bytes, indent: indent + 1) }
                Self.appendQuoted(member.key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                if pretty { bytes.append(UInt8(ascii: " ")) }
                member.value.write(into: &bytes, indent: indent + 1, pretty: pretty, sortingKeys: sortingKeys)
            }
            if pretty { Self.newline(&bytes, indent: indent) }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ bytes: inout [UInt8], indent: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(indent * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    static func numberText(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// Escapes only what JSON requires (the quote, the backslash, control characters); every
    /// other byte, multi-byte scalars included, is copied as it is.
    private static func appendQuoted(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: utf8[runStart..<index])
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
                case UInt8(ascii: "\n"): bytes.append(contentsOf: #"\n"#.utf8)
                case UInt8(ascii: "\r"): bytes.append(contentsOf: #"\r"#.utf8)
                case UInt8(ascii: "\t"): bytes.append(contentsOf: #"\t"#.utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: #"\u00"#.utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                }
            }
            bytes.append(contentsOf: utf8[runStart...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The value as plain text for a table cell: strings bare, everything else as compact JSON.
    public var displayText: String {
        if case .string(let value) = self { return value }
        return compactText
    }
}
