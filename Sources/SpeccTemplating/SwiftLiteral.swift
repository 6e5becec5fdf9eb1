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

    /// A multi-line raw string literal (`#"""` … `"""#`) holding `text` verbatim: as many `#` as it
    /// takes for no `\#…` escape or closing delimiter to occur inside.
    public static func rawMultiline(_ text: String) -> String {
        // One more `#` than the longest run of them after a backslash or after three quotes.
        var longest = 0
        var copy = text
        copy.withUTF8 { utf8 in
            var quotes = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                index += 1
                let opensRun = byte == UInt8(ascii: "\\") || (byte == UInt8(ascii: "\"") && quotes >= 2)
                quotes = byte == UInt8(ascii: "\"") ? quotes + 1 : 0
                guard opensRun else { continue }
                var run = 0
                while index + run < utf8.count, utf8[index + run] == UInt8(ascii: "#") { run += 1 }
                longest = max(longest, run)
            }
        }
        let hashes = String(repeating: "#", count: longest + 1)
        return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
    }
}
