/// Deterministic JSON text for values from a spec: keys in source order, two-space indentation,
/// numbers in their shortest round-trip form. Used wherever an example is shown or sent.
extension JSONValue {
    /// Pretty-printed, two spaces per level, as API reference pages show bodies.
    public var prettyText: String {
        var text = ""
        write(into: &text, indent: 0, pretty: true)
        return text
    }

    /// One line with no spaces, as a `curl -d` argument carries a body.
    public var compactText: String {
        var text = ""
        write(into: &text, indent: 0, pretty: false)
        return text
    }

    private func write(into text: inout String, indent: Int, pretty: Bool) {
        switch self {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .integer(let value): text += String(value)
        case .number(let value): text += Self.numberText(value)
        case .string(let value): text += Self.quoted(value)
        case .array(let values):
            guard !values.isEmpty else { text += "[]"; return }
            text += "["
            for (index, value) in values.enumerated() {
                if index > 0 { text += "," }
                if pretty { text += "\n" + String(repeating: "  ", count: indent + 1) }
                value.write(into: &text, indent: indent + 1, pretty: pretty)
            }
            if pretty { text += "\n" + String(repeating: "  ", count: indent) }
            text += "]"
        case .object(let members):
            guard !members.isEmpty else { text += "{}"; return }
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += "," }
                if pretty { text += "\n" + String(repeating: "  ", count: indent + 1) }
                text += Self.quoted(member.key) + (pretty ? ": " : ":")
                member.value.write(into: &text, indent: indent + 1, pretty: pretty)
            }
            if pretty { text += "\n" + String(repeating: "  ", count: indent) }
            text += "}"
        }
    }

    static func numberText(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// The value as plain text for a table cell: strings bare, everything else as compact JSON.
    public var displayText: String {
        if case .string(let value) = self { return value }
        return compactText
    }
}
