/// Template text → nodes, over its UTF-8 bytes.
///
/// Standalone lines follow the Mustache spec: a line holding only a section, inverted section,
/// closing, comment, partial, set-delimiter or pragma tag (and white space) leaves nothing of
/// itself in the output, its line break included.
struct MustacheParser {
    private let bytes: [UInt8]
    private var position = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    static func parse(_ text: String) throws(MustacheSyntaxError) -> [MustacheNode] {
        var parser = MustacheParser(text)
        return try parser.nodes(closing: nil, atLineStart: true).nodes
    }

    /// The section a closing tag must match: its tag's text and where it opened.
    private struct OpenSection {
        let name: String
        let opened: Int
    }

    /// Nodes up to the end, or up to the tag closing `section` (consumed); whether the parse
    /// ends at the start of a line.
    private mutating func nodes(closing section: OpenSection?, atLineStart: Bool) throws(MustacheSyntaxError) -> (nodes: [MustacheNode], atLineStart: Bool) {
        var nodes: [MustacheNode] = []
        var lineStart = atLineStart
        // White space at the start of a line, held until it is known whether a standalone tag
        // follows (which drops it) or anything else (which keeps it).
        var indentation: ArraySlice<UInt8> = []
        func flushIndentation() {
            if !indentation.isEmpty { nodes.append(.text(Array(indentation))) }
            indentation = []
        }
        // Whether the tag just read stands alone on its line: then its line, indentation and line
        // break included, leaves nothing; otherwise the indentation is text.
        func standsAlone() -> Bool {
            let alone = lineStart && finishesLine()
            if alone { indentation = [] } else { flushIndentation() }
            return alone
        }
        while position < bytes.count {
            if lineStart { indentation = readSpaces() }
            let textStart = position
            let stop = scanText()
            let text = bytes[textStart..<(stop == .tag ? position - open.count : position)]
            switch stop {
            case .lineBreak(let length):
                position += length
                nodes.append(.text(Array(indentation) + text + bytes[(position - length)..<position]))
                indentation = []
                lineStart = true
                continue
            case .end:
                if !indentation.isEmpty || !text.isEmpty { nodes.append(.text(Array(indentation) + text)) }
                indentation = []
                lineStart = false
                continue
            case .tag:
                if !text.isEmpty {
                    nodes.append(.text(Array(indentation) + text))
                    indentation = []
                    lineStart = false
                }
            }
            let tagStart = position - open.count
            guard position < bytes.count else { throw error("the tag is not closed", at: tagStart) }
            let sigil = bytes[position]
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let (name, text) = try readName(tagStart: tagStart)
                let (children, endsAtLineStart) = try self.nodes(closing: OpenSection(name: text, opened: tagStart), atLineStart: standsAlone())
                nodes.append(.section(name, inverted: sigil == UInt8(ascii: "^"), children))
                lineStart = endsAtLineStart
            case UInt8(ascii: "/"):
                position += 1
                let (_, text) = try readName(tagStart: tagStart)
                guard let section else { throw error("{{/\(text)}} closes no section", at: tagStart) }
                guard text == section.name else {
                    throw error("{{/\(text)}} does not close {{#\(section.name)}} (opened at \(position(of: section.opened)))", at: tagStart)
                }
                return (nodes, standsAlone())
            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(close, from: position) else { throw error("the comment is not closed", at: tagStart) }
                position = end + close.count
                lineStart = standsAlone()
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                position += 1
                flushIndentation()
                let (name, _) = try readName(tagStart: tagStart)
                if sigil == UInt8(ascii: "{") {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw error("a triple mustache ends in }\(String(decoding: close, as: UTF8.self))", at: tagStart)
                    }
                    position += 1
                }
                nodes.append(.variable(name, escaped: false))
                lineStart = false
            case UInt8(ascii: ">"):
                position += 1
                let name = try readPartialName(tagStart: tagStart)
                let spaces = Array(indentation)
                // Kept even when standalone: it indents the partial's first line.
                flushIndentation()
                let standalone = lineStart && finishesLine()
                nodes.append(.partial(name, indentation: standalone ? spaces : nil, at: position(of: tagStart)))
                lineStart = standalone
            case UInt8(ascii: "="):
                position += 1
                try readDelimiters(tagStart: tagStart)
                lineStart = standsAlone()
            case UInt8(ascii: "%"):
                position += 1
                let pragma = try readPragma(tagStart: tagStart)
                lineStart = standsAlone()
                nodes.append(pragma)
            case UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw error("template inheritance ({{<parent}}, {{$block}}) is not supported", at: tagStart)
            default:
                flushIndentation()
                let (name, _) = try readName(tagStart: tagStart)
                nodes.append(.variable(name, escaped: true))
                lineStart = false
            }
        }
        if let section { throw error("{{#\(section.name)}} is not closed", at: section.opened) }
        return (nodes, lineStart)
    }

    private enum TextStop: Equatable {
        /// At a line break of `length` bytes (`\n` or `\r\n`), not consumed.
        case lineBreak(length: Int)
        /// Just after an opening delimiter.
        case tag
        case end
    }

    /// Advances over text up to a line break, an opening delimiter (consumed) or the end.
    private mutating func scanText() -> TextStop {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") { return .lineBreak(length: 1) }
            if byte == UInt8(ascii: "\r"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\n") { return .lineBreak(length: 2) }
            if byte == open[0], matches(open, at: position) {
                position += open.count
                return .tag
            }
            position += 1
        }
        return .end
    }

    /// Whether only spaces or tabs are left on this line; if so, consumes them and the line break.
    private mutating func finishesLine() -> Bool {
        var end = position
        while end < bytes.count, Self.isSpace(bytes[end]) { end += 1 }
        if end == bytes.count {
            guard end == position else { return false }
            return true
        }
        if bytes[end] == UInt8(ascii: "\n") {
            position = end + 1
            return true
        }
        if bytes[end] == UInt8(ascii: "\r"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "\n") {
            position = end + 2
            return true
        }
        return false
    }

    private mutating func readSpaces() -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }

    private mutating func skipWhiteSpace() {
        while position < bytes.count, Self.isWhiteSpace(bytes[position]) { position += 1 }
    }

    private mutating func read(while accepts: (UInt8) -> Bool) -> String {
        let start = position
        while position < bytes.count, accepts(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func expectClose(tagStart: Int, _ what: String) throws(MustacheSyntaxError) {
        guard matches(close, at: position) else {
            throw error("\(what) ends in \(String(decoding: close, as: UTF8.self))", at: tagStart)
        }
        position += close.count
    }

    /// A tag's name with any transforms around it, and its text (for matching a closing tag).
    private mutating func readName(tagStart: Int) throws(MustacheSyntaxError) -> (MustacheName, String) {
        skipWhiteSpace()
        let text = read(while: Self.isNameByte)
        skipWhiteSpace()
        try expectClose(tagStart: tagStart, "a tag")
        return (try name(from: text, tagStart: tagStart), text)
    }

    /// `uppercased(reversed(a.b))` → the lookup of `a.b`, transforms [reversed, uppercased].
    private func name(from text: String, tagStart: Int) throws(MustacheSyntaxError) -> MustacheName {
        var rest = Substring(text)
        var outerFirst: [MustacheTransform] = []
        while let parenthesis = rest.firstIndex(of: "(") {
            let function = String(rest[..<parenthesis])
            guard let transform = MustacheTransform(rawValue: function) else {
                let known = MustacheTransform.allCases.map(\.rawValue).joined(separator: ", ")
                throw error("'\(function)' is no transform (there are \(known))", at: tagStart)
            }
            outerFirst.append(transform)
            rest = rest[rest.index(after: parenthesis)...]
        }
        let closing = rest.reversed().prefix { $0 == ")" }.count
        let path = rest.dropLast(closing)
        guard closing == outerFirst.count, !path.contains(")") else { throw error("'\(text)' has unbalanced parentheses", at: tagStart) }
        let lookup: MustacheName.Lookup
        if path == "." {
            lookup = .current
        } else if path.isEmpty {
            guard !outerFirst.isEmpty else { throw error("the tag names nothing", at: tagStart) }
            lookup = .position
        } else {
            let parts = path.split(separator: ".", omittingEmptySubsequences: false)
            let anchored = path.hasPrefix(".")
            let names = (anchored ? parts.dropFirst() : parts[...]).map(String.init)
            guard !names.contains(where: \.isEmpty) else { throw error("'\(path)' is not a name", at: tagStart) }
            lookup = .path(names, anchored: anchored)
        }
        return MustacheName(lookup: lookup, transforms: outerFirst.reversed())
    }

    private mutating func readPartialName(tagStart: Int) throws(MustacheSyntaxError) -> String {
        skipWhiteSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "*") {
            throw error("dynamic partials ({{>*name}}) are not supported", at: tagStart)
        }
        let name = read { Self.isNameByte($0) || $0 == UInt8(ascii: "/") }
        skipWhiteSpace()
        try expectClose(tagStart: tagStart, "a partial tag")
        guard !name.isEmpty else { throw error("the partial tag names no template", at: tagStart) }
        return name
    }

    /// `{{=<% %>=}}`: the new delimiters, neither empty nor holding white space or `=`.
    private mutating func readDelimiters(tagStart: Int) throws(MustacheSyntaxError) {
        let isDelimiterByte: (UInt8) -> Bool = { !Self.isWhiteSpace($0) && $0 != UInt8(ascii: "=") }
        skipWhiteSpace()
        let newOpen = Array(read(while: isDelimiterByte).utf8)
        skipWhiteSpace()
        let newClose = Array(read(while: isDelimiterByte).utf8)
        skipWhiteSpace()
        guard !newOpen.isEmpty, !newClose.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
            throw error("a set-delimiter tag reads {{=open close=}}", at: tagStart)
        }
        position += 1
        try expectClose(tagStart: tagStart, "a set-delimiter tag")
        open = newOpen
        close = newClose
    }

    /// `{{% CONTENT_TYPE: TEXT}}` (no escaping) or `HTML` (the default).
    private mutating func readPragma(tagStart: Int) throws(MustacheSyntaxError) -> MustacheNode {
        skipWhiteSpace()
        let key = read(while: Self.isNameByte)
        skipWhiteSpace()
        guard key == "CONTENT_TYPE", position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
            throw error("the only pragma is {{% CONTENT_TYPE: TEXT}} (or HTML)", at: tagStart)
        }
        position += 1
        skipWhiteSpace()
        let value = read(while: Self.isNameByte)
        skipWhiteSpace()
        try expectClose(tagStart: tagStart, "a pragma")
        switch value {
        case "TEXT": return .contentType(escapesHTML: false)
        case "HTML": return .contentType(escapesHTML: true)
        default: throw error("the content type is TEXT or HTML, not '\(value)'", at: tagStart)
        }
    }

    private func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
        guard index + delimiter.count <= bytes.count else { return false }
        for offset in delimiter.indices where bytes[index + offset] != delimiter[offset] { return false }
        return true
    }

    private func find(_ delimiter: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + delimiter.count <= bytes.count {
            if matches(delimiter, at: index) { return index }
            index += 1
        }
        return nil
    }

    private func position(of offset: Int) -> MustacheSyntaxError.Position {
        var line = 1, column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return .init(line: line, column: column)
    }

    private func error(_ message: String, at offset: Int) -> MustacheSyntaxError {
        MustacheSyntaxError(message: message, position: position(of: offset))
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Letters, digits and `.-_?*()`: a name with its transforms.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"): true
        default: false
        }
    }
}
