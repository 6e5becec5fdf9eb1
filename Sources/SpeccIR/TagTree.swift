/// The declared tags as 3.2's tree (`parent`): the front end has checked every parent exists
/// and no tag is its own ancestor, so every walk here ends. Tags without a parent are roots; a
/// 3.0 or 3.1 document's tags are all roots.
public struct TagTree: Sendable {
    private let tags: [Tag]
    private let index: [String: Int]
    private let childrenByParent: [String: [String]]

    public init(_ tags: [Tag]) {
        self.tags = tags
        self.index = Dictionary(tags.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        var children: [String: [String]] = [:]
        for tag in tags {
            if let parent = tag.parent { children[parent, default: []].append(tag.name) }
        }
        self.childrenByParent = children
    }

    public func tag(named name: String) -> Tag? { index[name].map { tags[$0] } }

    /// Direct children, in declared order.
    public func children(of name: String) -> [String] { childrenByParent[name] ?? [] }

    /// Every tag below `name`, depth first.
    public func descendants(of name: String) -> [String] {
        children(of: name).flatMap { [$0] + descendants(of: $0) }
    }

    /// The tags above `name`, outermost first; none for a root or an undeclared tag. Bounded
    /// by the tag count, so even an unchecked tree cannot loop.
    public func ancestors(of name: String) -> [String] {
        var ancestors: [String] = []
        var current = tag(named: name)?.parent
        while let parent = current, ancestors.count < tags.count {
            ancestors.insert(parent, at: 0)
            current = tag(named: parent)?.parent
        }
        return ancestors
    }

    /// 0 for a root (or an undeclared tag), one more per parent above.
    public func depth(of name: String) -> Int { ancestors(of: name).count }

    /// Every declared tag, each root followed by its descendants, in declared order.
    public var depthFirst: [String] {
        tags.filter { $0.parent == nil }.flatMap { [$0.name] + descendants(of: $0.name) }
    }
}
