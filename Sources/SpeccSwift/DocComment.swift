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
            var paragraphLines = Self.split(paragraph)
            while paragraphLines.last?.isEmpty == true { paragraphLines.removeLast() }
            guard !paragraphLines.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines += paragraphLines
        }
        return lines
    }

    /// The text's lines. By bytes where it can be (no `\r`, which joins a following `\n` into
    /// one character the character split keeps whole): this runs on every description of a
    /// large API.
    private static func split(_ text: String) -> [String] {
        let newline = UInt8(ascii: "\n")
        guard text.utf8.contains(newline) else { return [text] }
        guard !text.utf8.contains(UInt8(ascii: "\r")) else {
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return text.utf8.split(separator: newline, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    static func block(_ lines: [String], indent: String = "") -> String? {
        guard !lines.isEmpty else { return nil }
        // Without the spaces a line ends in, which every file loses anyway: a file written clean
        // is not copied again to trim it (`SwiftEmitter.trimmed`).
        return lines.map { line in
            var end = line.endIndex
            while end > line.startIndex, line[line.index(before: end)] == " " { end = line.index(before: end) }
            return end == line.startIndex ? "\(indent)///" : "\(indent)/// \(line[..<end])"
        }.joined(separator: "\n")
    }
}

/// `@available(*, deprecated, message:)`'s message: the same words for operations and properties,
/// with the `x-sunset` date when it is one (text that is no date is left out, as the diff does).
enum DeprecationMessage {
    static func literal(_ extensions: Extensions?) -> String {
        SwiftLiteral.string("deprecated by the API" + (Sunset.date(extensions).map { "; sunset \($0)" } ?? ""))
    }
}
