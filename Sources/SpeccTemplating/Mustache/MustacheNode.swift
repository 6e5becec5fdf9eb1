/// One piece of a parsed template.
enum MustacheNode: Sendable {
    /// Literal text; never more than one line, so a partial's indentation can go before each line.
    case text([UInt8])
    /// `{{name}}` (escaped when the content type is HTML), `{{{name}}}` or `{{&name}}`.
    case variable(MustacheName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(MustacheName, inverted: Bool, [MustacheNode])
    /// `{{> name}}`; `indentation` is the white space before a partial alone on its line, put
    /// before each line the partial renders.
    case partial(String, indentation: [UInt8]?, at: MustacheSyntaxError.Position)
    /// `{{% CONTENT_TYPE: TEXT}}` or `HTML`, for the rest of the template.
    case contentType(escapesHTML: Bool)
}

/// What a tag names: a value found on the context stack, then transformed.
struct MustacheName: Sendable, Equatable {
    enum Lookup: Sendable, Equatable {
        /// `.`: the innermost value.
        case current
        /// `first()`, `index()`, …: where the innermost list section is.
        case position
        /// `a.b.c`: `a` from the innermost value that has it, then `b` of that, and so on; with
        /// `anchored` (`.a.b`), `a` of the innermost value only.
        case path([String], anchored: Bool)
    }

    var lookup: Lookup
    /// In the order they apply: `uppercased(reversed(name))` reverses first.
    var transforms: [MustacheTransform]
}

/// The functions a tag may apply to a value, as in `{{#empty(items)}}` or `{{^last()}}`.
enum MustacheTransform: String, Sendable, CaseIterable {
    // Of a list section's position.
    case first, last, index, even, odd
    // Of a list or a mapping.
    case count, empty
    // Of a list or a string.
    case reversed
    // Of a string.
    case lowercased, uppercased, capitalized
}
