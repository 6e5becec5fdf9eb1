/// File names unique on case-insensitive file systems too (`Pet`, then `pet` → `pet_2`), and the
/// same on every run: what every emitter that writes one file per name uses.
public struct FileNameAllocator {
    private var used = Set<String>()

    public init() {}

    public mutating func claim(_ name: String) -> String {
        var candidate = name
        var suffix = 2
        while !used.insert(candidate.lowercased()).inserted {
            candidate = "\(name)_\(suffix)"
            suffix += 1
        }
        return candidate
    }
}
