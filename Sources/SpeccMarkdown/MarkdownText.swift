/// Text made safe for the places Markdown puts it.
enum MarkdownText {
    /// A table cell: a `|` or a line break in a description must not end the cell or the row.
    static func cell(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        var result = ""
        var previousWasNewline = false
        for character in text.trimmingTrailingWhitespace {
            switch character {
            case "|": result += "\\|"; previousWasNewline = false
            case "\n", "\r\n":
                if !previousWasNewline { result += "<br>" }
                previousWasNewline = true
            default: result.append(character); previousWasNewline = false
            }
        }
        return result
    }

    /// Inline code that survives backticks in the content.
    static func code(_ text: String) -> String {
        let fence = text.contains("`") ? "`` " : "`"
        let close = text.contains("`") ? " ``" : "`"
        return fence + text.replacingTableBars + close
    }

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
        contains("|") ? split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") : self
    }
}
