/// The `{name}` variables of a path template or server URL: what the front end checks, and what
/// the diff matches operations and path parameters by.
public enum PathTemplate {
    public static func variables(in template: String) -> [String] {
        variableOffsets(in: template).map(\.name)
    }

    /// Each `{name}` with the offset, in characters, of its `{`: where a message about it points.
    public static func variableOffsets(in template: String) -> [(name: String, offset: Int)] {
        guard isOneByteACharacter(template) else { return variableOffsets(ofCharacters: template) }
        var variables: [(name: String, offset: Int)] = []
        var open: Int?
        for (offset, byte) in template.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "{"): open = offset
            case UInt8(ascii: "}"):
                if let start = open {
                    let utf8 = template.utf8
                    let name = utf8[utf8.index(utf8.startIndex, offsetBy: start + 1)..<utf8.index(utf8.startIndex, offsetBy: offset)]
                    variables.append((String(decoding: name, as: UTF8.self), start))
                }
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
