/// Whether two alternatives of a `oneOf` or `anyOf` can both accept one value, decided from what
/// can be decided without running a validator: types, `const`/`enum`, required properties (with
/// the values and types their schemas allow) and closed objects. The diff reports a `oneOf` whose
/// alternatives newly overlap; the Swift emitter models an `anyOf` whose alternatives may overlap
/// as a struct that keeps every match, and one whose alternatives cannot as an enum.
public enum BranchOverlap: Sendable, Equatable {
    /// No value satisfies both.
    case disjoint
    /// Some value satisfies both.
    case overlapping
    /// Not decidable from these facts (constrained primitives of one type, nested unions).
    case unknown

    public static func between(_ a: SchemaRef, _ b: SchemaRef, in api: API) -> BranchOverlap {
        Facts(api: api, a).overlap(Facts(api: api, b), api: api)
    }

    /// True when every pair among `branches` is disjoint: at most one can match any value.
    public static func allDisjoint(_ branches: [SchemaRef], in api: API) -> Bool {
        let facts = branches.map { Facts(api: api, $0) }
        for i in facts.indices {
            for j in facts.indices where j > i && facts[i].overlap(facts[j], api: api) != .disjoint { return false }
        }
        return true
    }

    /// What one alternative admits, as far as this comparison reads it. `decided` is false for an
    /// alternative that is itself a union or a condition: nothing is claimed about it.
    struct Facts {
        var types: Set<JSONType>?
        var values: [JSONValue]?
        var properties: [String: SchemaRef] = [:]
        var required: Set<String> = []
        var closed = false
        var decided = true
        /// A primitive with a bound, pattern or format: two of those may or may not overlap.
        var constrained = false

        init(api: API, _ ref: SchemaRef) {
            self.init(schema: api.schema(ref) ?? Schema(), api: api)
        }

        init(schema: Schema, api: API) {
            if schema.oneOf != nil || schema.anyOf != nil || schema.not != nil || schema.conditional != nil { decided = false }
            types = schema.types.map { Set($0) }
            if types == nil {
                // An allOf inherits the type its parts give.
                for part in schema.allOf ?? [] { if let partTypes = api.schema(part)?.types { types = Set(partTypes); break } }
            }
            values = schema.const.map { [$0] } ?? schema.enumValues
            let merged = api.mergedProperties(of: schema)
            for property in merged.properties { properties[property.name] = property.schema }
            required = merged.required
            closed = schema.object?.additionalProperties?.isNever ?? false
            constrained = schema.format != nil || schema.string != nil || schema.numeric != nil || schema.array != nil
        }

        func overlap(_ other: Facts, api: API) -> BranchOverlap {
            if let a = types, let b = other.types, Self.common(a, b).isEmpty { return .disjoint }
            guard decided, other.decided else { return .unknown }
            if let a = values, let b = other.values { return a.contains { b.contains($0) } ? .overlapping : .disjoint }
            if values != nil || other.values != nil { return .unknown }
            let objects = (types?.contains(.object) ?? true) && (other.types?.contains(.object) ?? true)
            guard objects else { return constrained || other.constrained ? .unknown : .overlapping }
            // A property one side requires must, where the other describes it too, be able to
            // hold one value for both.
            for name in required.union(other.required) {
                guard let a = properties[name], let b = other.properties[name] else { continue }
                if !Facts(api: api, a).overlapsAsValue(Facts(api: api, b)) { return .disjoint }
            }
            if closed, other.required.contains(where: { properties[$0] == nil }) { return .disjoint }
            if other.closed, required.contains(where: { other.properties[$0] == nil }) { return .disjoint }
            return .overlapping
        }

        /// For a property's value: only types and constants are compared.
        private func overlapsAsValue(_ other: Facts) -> Bool {
            if let a = types, let b = other.types, Self.common(a, b).isEmpty { return false }
            if let a = values, let b = other.values { return a.contains { b.contains($0) } }
            return true
        }

        private static func common(_ a: Set<JSONType>, _ b: Set<JSONType>) -> Set<JSONType> {
            var shared = a.intersection(b)
            if a.contains(.integer) && b.contains(.number) || a.contains(.number) && b.contains(.integer) { shared.insert(.integer) }
            return shared
        }
    }
}
