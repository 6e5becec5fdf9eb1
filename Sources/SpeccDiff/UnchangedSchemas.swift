import SpeccIR

/// Which comparisons can find nothing, so the diff skips them and its time follows what changed,
/// not the size of the spec: two schemas that mean the same (`Schema.means`) and reach only
/// named schemas that are the same in both versions, all the way down.
struct UnchangedSchemas: Sendable {
    /// Named schemas in both versions, meaning the same, reaching only others like them.
    private let stable: Set<String>

    init(old: API, new: API) {
        var same = Set<String>()
        for name in old.schemaNames {
            if let before = old.schemas[name], let now = new.schemas[name], before.means(now) { same.insert(name) }
        }
        // A same schema is stable unless it reaches one that is not: walk back from every name
        // that changed (or is missing from either version) along the references to it.
        var users: [String: [String]] = [:]
        for name in same {
            for target in new.schemas[name]!.referencedNames { users[target, default: []].append(name) }
        }
        var unstable = Set(users.keys.filter { !same.contains($0) })
        var pending = Array(unstable)
        while let name = pending.popLast() {
            for user in users[name] ?? [] where unstable.insert(user).inserted { pending.append(user) }
        }
        stable = same.subtracting(unstable)
    }

    /// Whether the named schema is the same in both versions, down to everything it reaches.
    func isStable(_ name: String) -> Bool { stable.contains(name) }

    /// Whether comparing `old` with `new` can report nothing.
    func covers(_ old: Schema, _ new: Schema) -> Bool {
        old.means(new, referringOnlyTo: stable)
    }
}
