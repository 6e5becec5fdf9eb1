/// The `{name}` variables of a path template or server URL: what the front end checks, and what
/// the diff matches operations and path parameters by.
public enum PathTemplate {
    public static func variables(in template: String) -> [String] {
        variableOffsets(in: template).map(\.name)
    }

    /// Each `{name}` with the offset, in characters, of its `{`: where a message about it points.
    public static func variableOffsets(in template: String) -> [(name: String, offset: Int)] {
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
        var result = ""
        var inside = false
        for character in template {
            if character == "{" { inside = true; result += "{}" } else if character == "}" { inside = false } else if !inside { result.append(character) }
        }
        return result
    }
}
