/// The `{name}` variables of a path template or server URL: what the front end checks, and what
/// the diff matches operations and path parameters by.
public enum PathTemplate {
    public static func variables(in template: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in template {
            switch character {
            case "{": current = ""
            case "}":
                if let name = current { names.append(name) }
                current = nil
            default: current?.append(character)
            }
        }
        return names
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
