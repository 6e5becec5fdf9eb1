/// Which side of the wire a schema describes. Narrowing what clients may send breaks them; so does
/// widening what servers may return. The reverse of each is compatible.
enum Direction: String, CaseIterable, Sendable {
    case request, response

    /// The level of a change that narrows the set of valid values.
    var narrowing: Level { self == .request ? .breaking : .info }
    /// The level of a change that widens the set of valid values.
    var widening: Level { self == .request ? .info : .breaking }
}
