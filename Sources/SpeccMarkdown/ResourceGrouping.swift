import SpeccIR

/// Which page each operation is documented on: its first tag, or, for untagged operations, its
/// resource (the first path segment after the prefix all untagged paths share, so Stripe's
/// `/v1/customers/…` lands on `customers.md`, not `v1.md`).
struct ResourceGrouping {
    struct Page {
        let title: String
        let file: String
        let summary: String?
        let description: String?
        var operations: [Operation]
        /// 3.2 tag tree: the page's parent tag, and its depth below the top (0 for a root).
        var parent: String?
        var depth: Int
    }

    /// A page per tag or resource that has operations, and per declared tag whose descendants
    /// do (so a 3.2 tag tree's parents exist to navigate from); tree order, parents before
    /// children, siblings in declared order, then pages for undeclared tags and resources.
    static func pages(for api: API) -> [Page] {
        let untagged = api.operations.filter { $0.tags.isEmpty }
        let sharedPrefix = commonPrefix(untagged.map { segments($0.path) })
        var order: [String] = []
        var byTitle: [String: [Operation]] = [:]
        for operation in api.operations {
            let title = operation.tags.first ?? resourceName(operation.path, skipping: sharedPrefix)
            if byTitle[title] == nil { order.append(title) }
            byTitle[title, default: []].append(operation)
        }
        let tree = TagTree(api.tags)
        let declared = tree.depthFirst.filter { byTitle[$0] != nil || tree.descendants(of: $0).contains { byTitle[$0] != nil } }
        let titles = declared + order.filter { !declared.contains($0) }
        var files = AnchorAllocator()
        _ = files.anchor(for: "index")
        _ = files.anchor(for: "schemas")
        _ = files.anchor(for: "webhooks")
        return titles.map { title in
            let tag = tree.tag(named: title)
            return Page(title: title, file: files.anchor(for: title) + ".md", summary: tag?.summary.flatMap { $0 == title ? nil : $0 }, description: tag?.description,
                        operations: byTitle[title] ?? [], parent: tag?.parent, depth: tree.depth(of: title))
        }
    }

    private static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/").filter { !$0.hasPrefix("{") }
    }

    private static func commonPrefix(_ paths: [[Substring]]) -> Int {
        guard let first = paths.first, paths.count > 1 else { return 0 }
        var length = 0
        while length < first.count - 1, paths.allSatisfy({ $0.count > length + 1 && $0[length] == first[length] }) {
            length += 1
        }
        return length
    }

    private static func resourceName(_ path: String, skipping prefix: Int) -> String {
        let parts = segments(path)
        guard !parts.isEmpty else { return "Operations" }
        return String(parts[min(prefix, parts.count - 1)])
    }
}
