/// The `{name}` variables of a path template or server URL: what the front end checks, and what
/// the diff matches operations and path parameters by.
public enum PathTemplate {
    public static func variables(in template: String) -> [String] {
        variableOffsets(in: template).map(\.name)
    }

    /// Each `{name}` with the offset, in characters, of its `{`: where a message about it points.
    public static func variableOffsets(in template: String) -> [(name: String, offset: Int)] {
        guard isOneByteACharacter(template) else { return variableOffsets(ofCharacters: template) }
        let utf8 = template.utf8
        var variables: [(name: String, offset: Int)] = []
        var open: (index: String.Index, offset: Int)?
        for (offset, index) in utf8.indices.enumerated() {
            switch utf8[index] {
            case UInt8(ascii: "{"): open = (index, offset)
            case UInt8(ascii: "}"):
                if let open { variables.append((String(decoding: utf8[utf8.index(after: open.index)..<index], as: UTF8.self), open.offset)) }
                open = nil
            default: break
            }
        }
        return variables
    }

    /// Paths are ASCII nearly always, and there (`\r\n` aside, one character of two bytes) a byte
    /// is a character: bytes are far cheaper to walk than characters, and the front end reads
    /// every path three times.
    private static func isOneByteACharacter(_ template: String) -> Bool {
        template.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
    }

    private static func variableOffsets(ofCharacters template: String) -> [(name: String, offset: Int)] {
        var variables: [(name: String, offset: Int)] = []
        var current: (name: String, offset: Int)?
        for (offset, character) in template.enumerated() {
            switch character {
            case "{": current = ("", offset)
            case "}":
                if let variable = current { variables.append(variable) }
                current = nil
            default: current?.name.append(character)
            }
        }
        return variables
    }

    /// The template with variable names blanked: `/pets/{id}` and `/pets/{petId}` are the same path.
    public static func shape(of template: String) -> String {
        guard isOneByteACharacter(template) else { return shape(ofCharacters: template) }
        var result: [UInt8] = []
        result.reserveCapacity(template.utf8.count)
        var inside = false
        for byte in template.utf8 {
            switch byte {
            case UInt8(ascii: "{"):
                inside = true
                result.append(UInt8(ascii: "{"))
                result.append(UInt8(ascii: "}"))
            case UInt8(ascii: "}"): inside = false
            default: if !inside { result.append(byte) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func shape(ofCharacters template: String) -> String {
        var result = ""
        var inside = false
        for character in template {
            if character == "{" { inside = true; result += "{}" } else if character == "}" { inside = false } else if !inside { result.append(character) }
        }
        return result
    }
}
