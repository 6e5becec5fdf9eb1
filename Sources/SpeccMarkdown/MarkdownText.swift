import SpeccIR

/// Text made safe for the places Markdown puts it.
enum MarkdownText {
    /// A table cell: a `|` or a line break in a description must not end the cell or the row.
    /// A single newline is a soft break in Markdown, so it becomes a space; a blank line (a new
    /// paragraph) becomes `<br><br>`.
    static func cell(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        // Most cells need nothing: one byte scan and a last-character check, instead of walking
        // the text character by character (a large API's pages have a million cells).
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "|") }),
           text.last?.isWhitespace == false {
            return text
        }
        var result = ""
        var newlines = 0
        for character in text.trimmingTrailingWhitespace {
            if character == "\n" || character == "\r\n" {
                newlines += 1
                continue
            }
            if newlines > 0 {
                result += newlines == 1 ? " " : "<br><br>"
                newlines = 0
                if character == " " { continue }
            }
            result += character == "|" ? "\\|" : String(character)
        }
        return result
    }

    /// Inline code that survives backticks in the content.
    static func code(_ text: String) -> String {
        let hasBacktick = text.utf8.contains(UInt8(ascii: "`"))
        return (hasBacktick ? "`` " : "`") + text.replacingTableBars + (hasBacktick ? " ``" : "`")
    }

    /// A value (example, default, enum member) as inline code (see `SchemaProse.value`).
    static func value(_ value: JSONValue) -> String { ConstraintDescriber.prose.value(value) }

    /// A stable anchor: lowercase ASCII letters, digits and single hyphens.
    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value)).lowercasedASCII)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}

/// Hands out anchors unique within one page, in request order.
struct AnchorAllocator {
    private var used: Set<String> = []

    mutating func anchor(for text: String) -> String {
        let base = MarkdownText.slug(text)
        var candidate = base
        var suffix = 2
        while !used.insert(candidate).inserted {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        return candidate
    }
}

private extension Unicode.Scalar {
    var lowercasedASCII: Unicode.Scalar {
        (65...90).contains(value) ? Unicode.Scalar(UInt8(value + 32)) : self
    }
}

private extension String {
    var trimmingTrailingWhitespace: Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last.isWhitespace { end = index(before: end) }
        return self[..<end]
    }

    var replacingTableBars: String {
        utf8.contains(UInt8(ascii: "|")) ? split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") : self
    }
}
