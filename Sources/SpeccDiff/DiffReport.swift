import SpeccDiagnostics
import SpeccIR

/// Findings as people and tools read them.
public enum DiffReport {
    public enum Format: String, CaseIterable, Sendable {
        case text, markdown, json
    }

    public static func render(_ findings: [Finding], format: Format) -> String {
        switch format {
        case .text: text(findings)
        case .markdown: markdown(findings)
        case .json: json(findings)
        }
    }

    /// `3 breaking, 1 source, 0 warning, 2 info`.
    public static func summary(_ findings: [Finding]) -> String {
        Level.allCases.map { level in "\(findings.filter { $0.level == level }.count) \(level.rawValue)" }.joined(separator: ", ")
    }

    /// One line per finding, located like a compiler diagnostic (the new spec's position, or the
    /// old one's for removals), then the summary.
    static func text(_ findings: [Finding]) -> String {
        var lines = findings.map { finding in
            let location = (finding.newLocation ?? finding.oldLocation).map { "\($0): " } ?? ""
            let subject = finding.subject.isEmpty ? "" : "\(finding.subject): "
            return "\(location)\(finding.level.rawValue): \(subject)\(finding.message)\(affects(finding)) [\(finding.rule)]"
        }
        lines.append(findings.isEmpty ? "No changes." : summary(findings))
        return lines.joined(separator: "\n") + "\n"
    }

    /// For a pull-request comment: a summary line, then a table per level, worst first.
    static func markdown(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "### API changes\n\nNo changes.\n" }
        var output = "### API changes\n\n**\(summary(findings))**\n"
        for level in Level.allCases {
            let group = findings.filter { $0.level == level }
            guard !group.isEmpty else { continue }
            output += "\n#### \(title(level)) (\(group.count))\n\n| Where | Change | Rule |\n| --- | --- | --- |\n"
            for finding in group {
                output += "| \(cell(finding.subject.isEmpty ? "API" : finding.subject)) | \(cell(finding.message + affects(finding))) | `\(finding.rule)` |\n"
            }
        }
        return output
    }

    /// `{"findings": [...], "summary": {...}}`, keys sorted, for tools.
    static func json(_ findings: [Finding]) -> String {
        let items: [JSONValue] = findings.map { finding in
            var members = [
                JSONMember("rule", .string(finding.rule)), JSONMember("level", .string(finding.level.rawValue)),
                JSONMember("field", .string(finding.field)), JSONMember("message", .string(finding.message)),
            ]
            if let operation = finding.operation { members.append(JSONMember("operation", .string(operation))) }
            if !finding.affects.isEmpty { members.append(JSONMember("affects", .array(finding.affects.map(JSONValue.string)))) }
            if let location = finding.newLocation { members.append(JSONMember("newLocation", .string(location.description))) }
            if let location = finding.oldLocation { members.append(JSONMember("oldLocation", .string(location.description))) }
            return .object(members)
        }
        let counts = Level.allCases.map { level in JSONMember(level.rawValue, .integer(findings.filter { $0.level == level }.count)) }
        return JSONValue.object([JSONMember("findings", .array(items)), JSONMember("summary", .object(counts))]).sortedPrettyText + "\n"
    }

    /// The rule catalogue as a Markdown table (`specc diff --list-rules`, and the README's copy).
    public static func ruleTable() -> String {
        var output = "| Rule | Level | Reports |\n| --- | --- | --- |\n"
        for rule in RuleCatalog.all {
            output += "| `\(rule.id)` | \(rule.level.rawValue) | \(cell(rule.summary)) |\n"
        }
        return output
    }

    /// ` (affects GET /a, POST /b and 3 more)`: where a named schema's change is felt.
    private static func affects(_ finding: Finding) -> String {
        let names = finding.affects
        guard !names.isEmpty else { return "" }
        let shown = names.prefix(3).joined(separator: ", ")
        return names.count <= 3 ? " (affects \(shown))" : " (affects \(shown) and \(names.count - 3) more)"
    }

    private static func title(_ level: Level) -> String {
        switch level {
        case .breaking: "Breaking"
        case .source: "Breaks the generated Swift source"
        case .warning: "Warnings"
        case .info: "Info"
        }
    }

    private static func cell(_ text: String) -> String {
        text.replacingPipes.replacingNewlines
    }
}

private extension String {
    var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
    var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ") }
}
