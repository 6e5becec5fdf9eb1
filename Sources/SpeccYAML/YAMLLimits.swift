/// Budgets that keep a hostile or broken document from exhausting time, memory or stack.
public struct YAMLLimits: Sendable {
    /// Deepest nesting of collections accepted. Real specs rarely pass 40; every recursive pass
    /// downstream is bounded by this, so no input can overflow the stack.
    public var maxDepth: Int
    /// How many nodes aliases may add in total once expanded. Aliases share nodes in memory, but a
    /// consumer walking the tree sees every expansion, so "billion laughs" is refused here.
    public var maxAliasExpansion: Int
    /// Largest input accepted, in bytes.
    public var maxBytes: Int

    public init(maxDepth: Int = 512, maxAliasExpansion: Int = 1_000_000, maxBytes: Int = 256 << 20) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxBytes = maxBytes
    }

    public static let `default` = YAMLLimits()
}
