import SpeccDiagnostics
import SpeccYAML

/// One value of a setting, from `specc-config.yaml` or from a command-line flag: what the checks
/// read, so both are held to the same rules and their errors point at where the value was written
/// (`specc-config.yaml:3:12`, or the flag's name).
struct ConfigValue {
    let text: String?
    /// `a mapping`, `a sequence`, `'sdk'`: how an error names a value of the wrong shape.
    let described: String
    let location: SourceLocation

    init(_ node: YAMLNode) {
        text = node.isScalar ? node.scalar : nil
        described = node.scalar.map { "'\($0)'" } ?? node.kindName
        location = node.location
    }

    init(flag: String, _ text: String) {
        self.text = text
        described = "'\(text)'"
        location = .argument(flag)
    }

    /// A list setting's items: a sequence's, or one scalar as a list of one.
    static func items(_ node: YAMLNode) -> [ConfigValue] {
        (node.isSequence ? node.items : [node]).map(ConfigValue.init)
    }

    /// `Key=Value` from a flag, as a pair.
    static func pair(flag: String, _ text: String) -> (ConfigValue, ConfigValue)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        return (ConfigValue(flag: flag, String(text[..<equals])), ConfigValue(flag: flag, String(text[text.index(after: equals)...])))
    }
}
