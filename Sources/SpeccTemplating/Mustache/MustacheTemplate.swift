/// A parsed Mustache template (https://mustache.github.io/mustache.5.html), as specc renders it:
/// variables, sections and inverted sections, comments, partials, set delimiters, dotted names,
/// `{{% CONTENT_TYPE: TEXT}}` to turn off HTML escaping, and the transforms `first()`, `last()`,
/// `index()`, `even()`, `odd()` (inside a list section), `count`, `empty`, `reversed`,
/// `lowercased`, `uppercased` and `capitalized`, as in `{{^last()}}, {{/last()}}`. Lambdas and
/// template inheritance (`{{<parent}}`, `{{$block}}`) are refused when parsed.
public struct MustacheTemplate: Sendable {
    let nodes: [MustacheNode]

    public init(parsing text: String) throws(MustacheSyntaxError) {
        nodes = try MustacheParser.parse(text)
    }

    /// Every partial this template includes, with where.
    var partials: [(name: String, at: MustacheSyntaxError.Position)] {
        var found: [(String, MustacheSyntaxError.Position)] = []
        func collect(_ nodes: [MustacheNode]) {
            for node in nodes {
                switch node {
                case .partial(let name, _, let position): found.append((name, position))
                case .section(_, _, let children): collect(children)
                case .text, .variable, .contentType: break
                }
            }
        }
        collect(nodes)
        return found
    }
}
