import SpeccIR

/// Which exchanges (operations, webhooks, callbacks) reach a named schema on each side of the
/// wire, found backwards from the schema through the schemas that refer to it. Built once per
/// diff, in both versions, and asked only about schemas that changed.
final class SchemaUsers {
    private let oldAPI: API
    private let newAPI: API
    /// Built on the first question: most schemas of a large pair do not change.
    private lazy var old = Index(oldAPI)
    private lazy var new = Index(newAPI)
    private var cache: [String: [String]] = [:]

    init(old: API, new: API) {
        oldAPI = old
        newAPI = new
    }

    /// Sorted names of the exchanges that reach `name` on the `direction` side, in either version.
    func exchanges(reaching name: String, _ direction: Direction) -> [String] {
        let key = direction.rawValue + "\u{0}" + name
        if let known = cache[key] { return known }
        let found = old.exchanges(reaching: name, direction).union(new.exchanges(reaching: name, direction)).sorted()
        cache[key] = found
        return found
    }

    private struct Index {
        /// Schema → the named schemas whose definitions refer to it directly.
        var referrers: [String: [String]] = [:]
        /// Schema → the exchanges whose own roots refer to it directly, per side.
        var roots: [Direction: [String: [String]]] = [:]

        init(_ api: API) {
            for name in api.schemaNames {
                guard let schema = api.schemas[name] else { continue }
                for target in SchemaRef.inline(schema).referencedNames { referrers[target, default: []].append(name) }
            }
            for exchange in api.exchanges {
                for (direction, refs) in [(Direction.request, exchange.receivedByAPI), (.response, exchange.sentByAPI)] {
                    for target in Set(refs.flatMap(\.referencedNames)) { roots[direction, default: [:]][target, default: []].append(exchange.name) }
                }
            }
        }

        func exchanges(reaching name: String, _ direction: Direction) -> Set<String> {
            var seen: Set<String> = [name], pending = [name], found = Set<String>()
            while let current = pending.popLast() {
                found.formUnion(roots[direction]?[current] ?? [])
                for referrer in referrers[current] ?? [] where seen.insert(referrer).inserted { pending.append(referrer) }
            }
            return found
        }
    }
}
