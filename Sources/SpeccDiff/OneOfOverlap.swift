import SpeccIR

/// The `oneOf` alternatives that can both accept one value (`BranchOverlap`): a value both accept
/// fails `oneOf`, which wants exactly one match. Pairs not decidable are not reported.
struct OneOfOverlap {
    let api: API

    /// Labels of the overlapping pairs among `branches` (a named alternative by its name, an
    /// inline one by its position), as `"A|B"`.
    func overlappingPairs(_ branches: [SchemaRef]) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for i in branches.indices {
            for j in branches.indices where j > i && BranchOverlap.between(branches[i], branches[j], in: api) == .overlapping {
                pairs.append((label(branches[i], i), label(branches[j], j)))
            }
        }
        return pairs
    }

    private func label(_ ref: SchemaRef, _ index: Int) -> String { ref.name ?? "alternative \(index + 1)" }
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
