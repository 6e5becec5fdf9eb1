/// Doc comments as the templates place them: one block of `/// ` lines, indented.
///
/// A block per declaration rather than a template loop per line: a large API has hundreds of
/// thousands of documented lines, and each template lookup is costly.
enum DocComment {
    static func block(_ lines: [String], indent: String = "") -> String? {
        guard !lines.isEmpty else { return nil }
        return lines.map { $0.isEmpty ? "\(indent)///" : "\(indent)/// \($0)" }.joined(separator: "\n")
    }
}
