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
        let found = Set(old.exchanges(reaching: name, direction)).union(new.exchanges(reaching: name, direction)).sorted()
        cache[key] = found
        return found
    }

    /// One version's reference graph over numbered schemas, with each schema's direct users among
    /// the exchanges as a bit set: a large spec's widely shared schemas reach hundreds of
    /// schemas and exchanges, walked for every one that changed.
    private struct Index {
        private var ids: [String: Int] = [:]
        /// Schema → the schemas whose definitions refer to it directly.
        private var referrers: [[Int]] = []
        /// Per side, schema → the exchanges whose own roots refer to it directly.
        private var request: [ExchangeSet] = [], response: [ExchangeSet] = []
        private let exchangeNames: [String]

        init(_ api: API) {
            exchangeNames = api.exchanges.map(\.name)
            func id(_ name: String) -> Int {
                if let known = ids[name] { return known }
                ids[name] = referrers.count
                referrers.append([])
                request.append(ExchangeSet(count: exchangeNames.count))
                response.append(ExchangeSet(count: exchangeNames.count))
                return referrers.count - 1
            }
            for name in api.schemaNames {
                guard let schema = api.schemas[name] else { continue }
                let user = id(name)
                for target in schema.referencedNames { referrers[id(target)].append(user) }
            }
            for (number, exchange) in api.exchanges.enumerated() {
                for target in exchange.receivedByAPI.flatMap(\.referencedNames) { request[id(target)].insert(number) }
                for target in exchange.sentByAPI.flatMap(\.referencedNames) { response[id(target)].insert(number) }
            }
        }

        func exchanges(reaching name: String, _ direction: Direction) -> [String] {
            guard let start = ids[name] else { return [] }
            let direct = direction == .request ? request : response
            var seen = [Bool](repeating: false, count: referrers.count)
            var found = ExchangeSet(count: exchangeNames.count), pending = [start]
            seen[start] = true
            while let current = pending.popLast() {
                found.formUnion(direct[current])
                for referrer in referrers[current] where !seen[referrer] {
                    seen[referrer] = true
                    pending.append(referrer)
                }
            }
            return found.members.map { exchangeNames[$0] }
        }
    }

    /// Exchanges by number, one bit each.
    private struct ExchangeSet {
        private var words: [UInt64]

        init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

        mutating func insert(_ member: Int) { words[member / 64] |= 1 << UInt64(member % 64) }

        mutating func formUnion(_ other: ExchangeSet) {
            for index in words.indices { words[index] |= other.words[index] }
        }

        var members: [Int] {
            var members: [Int] = []
            for (index, word) in words.enumerated() where word != 0 {
                for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { members.append(index * 64 + bit) }
            }
            return members
        }
    }
}
