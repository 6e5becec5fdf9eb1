import SpeccIR

/// Whether two `oneOf` alternatives can both accept one value, decided from what can be decided
/// without running a validator: types, `const`/`enum`, required properties (with the values and
/// types their schemas allow) and closed objects. A value both accept fails `oneOf`, which wants
/// exactly one match.
struct OneOfOverlap {
    let api: API

    /// Labels of the overlapping pairs among `branches` (a named alternative by its name, an
    /// inline one by its position), as `"A|B"`.
    func overlappingPairs(_ branches: [SchemaRef]) -> [(String, String)] {
        let facts = branches.map { Facts(api: api, $0) }
        var pairs: [(String, String)] = []
        for i in facts.indices {
            for j in facts.indices where j > i && facts[i].overlaps(facts[j], api: api) {
                pairs.append((label(branches[i], i), label(branches[j], j)))
            }
        }
        return pairs
    }

    private func label(_ ref: SchemaRef, _ index: Int) -> String { ref.name ?? "alternative \(index + 1)" }

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

        func overlaps(_ other: Facts, api: API) -> Bool {
            guard decided, other.decided else { return false }
            if let a = types, let b = other.types, Self.common(a, b).isEmpty { return false }
            if let a = values, let b = other.values { return a.contains { b.contains($0) } }
            if values != nil || other.values != nil { return false }
            let objects = (types?.contains(.object) ?? true) && (other.types?.contains(.object) ?? true)
            guard objects else { return !constrained && !other.constrained }
            // A property one side requires must, where the other describes it too, be able to
            // hold one value for both.
            for name in required.union(other.required) {
                guard let a = properties[name], let b = other.properties[name] else { continue }
                if !Facts(api: api, a).overlapsAsValue(Facts(api: api, b)) { return false }
            }
            if closed, other.required.contains(where: { properties[$0] == nil }) { return false }
            if other.closed, required.contains(where: { other.properties[$0] == nil }) { return false }
            return true
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

extension SchemaComparer {
    /// A `oneOf` whose alternatives newly overlap rejects the values in the overlap, which one
    /// alternative (or the schema before) accepted. A discriminated union says which applies.
    func compareOverlap(_ o: Schema, _ n: Schema, _ field: FieldPath) {
        guard let branches = n.oneOf, branches.count > 1, n.discriminator == nil else { return }
        let now = OneOfOverlap(api: new).overlappingPairs(branches)
        guard !now.isEmpty else { return }
        let before = Set(OneOfOverlap(api: old).overlappingPairs(o.oneOf ?? []).map { $0.0 + "|" + $0.1 })
        for (a, b) in now where !before.contains(a + "|" + b) {
            report("one-of-overlap-added", field, "The oneOf alternatives \(a) and \(b) can both match one value, which oneOf then rejects.", o, n)
        }
    }
}
