import SpeccIR
import SpeccTemplating

/// Doc comments as the templates place them: one block of `/// ` lines, indented.
///
/// A block per declaration rather than a template loop per line: a large API has hundreds of
/// thousands of documented lines, and each template lookup is costly.
enum DocComment {
    /// Doc lines from paragraphs: each split into lines with its trailing blank lines dropped,
    /// one blank line between paragraphs; nil and empty paragraphs skipped.
    static func lines(_ paragraphs: [String?]) -> [String] {
        var lines: [String] = []
        for paragraph in paragraphs.compactMap({ $0 }) {
            var paragraphLines = paragraph.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            while paragraphLines.last?.isEmpty == true { paragraphLines.removeLast() }
            guard !paragraphLines.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines += paragraphLines
        }
        return lines
    }

    static func block(_ lines: [String], indent: String = "") -> String? {
        guard !lines.isEmpty else { return nil }
        return lines.map { $0.isEmpty ? "\(indent)///" : "\(indent)/// \($0)" }.joined(separator: "\n")
    }
}

/// `@available(*, deprecated, message:)`'s message: the same words for operations and properties,
/// with the `x-sunset` date when it is one (text that is no date is left out, as the diff does).
enum DeprecationMessage {
    static func literal(_ extensions: Extensions?) -> String {
        SwiftLiteral.string("deprecated by the API" + (Sunset.date(extensions).map { "; sunset \($0)" } ?? ""))
    }
}
