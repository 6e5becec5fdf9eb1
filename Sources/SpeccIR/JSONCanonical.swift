extension JSONValue {
    /// The same value with every object's keys sorted: canonical output for generated JSON files.
    public var sortingKeys: JSONValue {
        switch self {
        case .array(let values): .array(values.map(\.sortingKeys))
        case .object(let members): .object(members.map { JSONMember($0.key, $0.value.sortingKeys) }.sorted { $0.key < $1.key })
        default: self
        }
    }
}
