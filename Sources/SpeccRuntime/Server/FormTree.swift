import Foundation

/// Form field names as a tree: `a[b][0]` is a → b → 0.
final class FormTree {
    var values: [String] = []
    private(set) var children: [(key: String, node: FormTree)] = []

    func child(_ key: String) -> FormTree {
        if let existing = children.first(where: { $0.key == key }) { return existing.node }
        let node = FormTree()
        children.append((key, node))
        return node
    }

    /// `a[b][0]` → `["a", "b", "0"]`; a name without brackets is one component; `a[]` (the
    /// PHP-style repeated field) is `a`.
    static func components(of name: String) -> [String] {
        guard let open = name.firstIndex(of: "["), name.hasSuffix("]"), open != name.startIndex else { return [name] }
        var components = [String(name[..<open])]
        for part in name[name.index(after: open)..<name.index(before: name.endIndex)].components(separatedBy: "][") {
            components.append(part)
        }
        if components.last == "" { components.removeLast() }
        return components
    }
}
