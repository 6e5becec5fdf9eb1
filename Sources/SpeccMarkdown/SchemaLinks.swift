import SpeccIR

/// Where each named schema is documented, so every page links the same anchor.
/// Computed once per API (an index over the schema graph), in name order for stability.
struct SchemaLinks {
    static let page = "schemas.md"
    private(set) var anchors: [String: String] = [:]

    init(api: API) {
        var allocator = AnchorAllocator()
        for name in api.schemaNames {
            anchors[name] = allocator.anchor(for: name)
        }
    }

    /// A Markdown link to schema `name`, relative to a page in the same folder (`onSchemasPage`
    /// links within the page itself).
    func link(_ name: String, onSchemasPage: Bool = false) -> String {
        let anchor = anchors[name] ?? MarkdownText.slug(name)
        return "[\(name)](\(onSchemasPage ? "" : Self.page)#\(anchor))"
    }
}
