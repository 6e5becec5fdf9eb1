/// Paths as specs name them: how `$ref` files are keyed, and how `specc diff` finds a spec
/// inside a git revision.
public enum SpecPath {
    /// `a/./b/../c` → `a/c`; a relative path keeps the `..` that climb above it.
    public static func normalise(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", isAbsolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return isAbsolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
