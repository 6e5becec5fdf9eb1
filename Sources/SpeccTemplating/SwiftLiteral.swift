/// Exact Swift string literals for any text: what generated Swift (clients, the embedded
/// templates) writes wherever a spec's text becomes source.
public enum SwiftLiteral {
    public static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A multi-line raw string literal (`#"""` … `"""#`) holding `text` verbatim: as many `#` as it
    /// takes for no `\#…` escape or closing delimiter to occur inside.
    public static func rawMultiline(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\\" + hashes) || text.contains("\"\"\"" + hashes) { hashes += "#" }
        return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
    }
}
