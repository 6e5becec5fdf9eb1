/// Exact Swift string literals for any text: what generated Swift (clients, the embedded
/// templates) writes wherever a spec's text becomes source.
public enum SwiftLiteral {
    public static func string(_ text: String) -> String {
        var result: [UInt8] = [UInt8(ascii: "\"")]
        var text = text
        text.withUTF8 { utf8 in
            // Runs that need no escape, multi-byte scalars included, are copied as they are.
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") {
                result.append(contentsOf: utf8[runStart..<index])
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\\"): result.append(contentsOf: #"\\"#.utf8)
                case UInt8(ascii: "\""): result.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\n"): result.append(contentsOf: #"\n"#.utf8)
                case UInt8(ascii: "\r"): result.append(contentsOf: #"\r"#.utf8)
                case UInt8(ascii: "\t"): result.append(contentsOf: #"\t"#.utf8)
                default: result.append(contentsOf: "\\u{\(String(byte, radix: 16))}".utf8)
                }
            }
            result.append(contentsOf: utf8[runStart...])
        }
        result.append(UInt8(ascii: "\""))
        return String(decoding: result, as: UTF8.self)
    }

    /// A multi-line raw string literal (`#"""` … `"""#`) holding the UTF-8 `text` verbatim: as
    /// many `#` as it takes for no `\#…` escape or closing delimiter to occur inside. Bytes, as its
    /// callers' text (a server's schemas, megabytes on Stripe) is made as bytes: no string between.
    public static func rawMultiline(utf8 text: [UInt8]) -> String {
        // One more `#` than the longest run of them after a backslash or after three quotes.
        var longest = 0
        var quotes = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            index += 1
            let opensRun = byte == UInt8(ascii: "\\") || (byte == UInt8(ascii: "\"") && quotes >= 2)
            quotes = byte == UInt8(ascii: "\"") ? quotes + 1 : 0
            guard opensRun else { continue }
            var run = 0
            while index + run < text.count, text[index + run] == UInt8(ascii: "#") { run += 1 }
            longest = max(longest, run)
        }
        let hashes = [UInt8](repeating: UInt8(ascii: "#"), count: longest + 1)
        let quotes3 = Array("\"\"\"".utf8)
        let opening = hashes + quotes3 + [UInt8(ascii: "\n")]
        let closing = [UInt8(ascii: "\n")] + quotes3 + hashes
        return String(unsafeUninitializedCapacity: opening.count + text.count + closing.count) { buffer in
            var end = buffer.initialize(fromContentsOf: opening)
            end = buffer[end...].initialize(fromContentsOf: text)
            return buffer[end...].initialize(fromContentsOf: closing)
        }
    }
}
