import SpeccIR

/// Named schemas: each kept one is compared once, on each side of the wire it is used on (in
/// either version); removed ones are matched with added ones of the same shape as renames.
struct ComponentComparer {
    let old: API
    let new: API
    let recorder: DiffRecorder
    let reached: (old: ReachedSchemas, new: ReachedSchemas)

    func compare() {
        let users = SchemaUsers(old: old, new: new)
        let removed = old.schemaNames.filter { new.schemas[$0] == nil }
        var added = new.schemaNames.filter { old.schemas[$0] == nil }
        // A rename is a removed schema whose shape matches exactly one added schema, and no other
        // removed one: two empty objects are not evidence of a rename.
        let candidates = Dictionary(uniqueKeysWithValues: removed.map { name in (name, added.filter { sameShape(name, $0) }) })
        for name in removed {
            let matches = candidates[name]!
            if matches.count == 1, let target = matches.first, added.contains(target),
               candidates.values.filter({ $0.contains(target) }).count == 1, !Self.isTrivial(old.schemas[name]!) {
                added.removeAll { $0 == target }
                recorder.report("schema-renamed", operation: nil, field: "schema \(name)", "The schema \(name) was renamed to \(target); its shape is unchanged.",
                                old: old.schemas[name]?.location, new: new.schemas[target]?.location)
            } else {
                recorder.report("schema-removed", operation: nil, field: "schema \(name)", "The schema \(name) was removed.", old: old.schemas[name]?.location, new: nil)
            }
        }
        for name in added {
            recorder.report("schema-added", operation: nil, field: "schema \(name)", "The schema \(name) was added.", old: nil, new: new.schemas[name]?.location)
        }
        for name in old.schemaNames {
            // A schema used only as an allOf part is judged inside the objects its users make.
            guard !recorder.unchanged.isStable(name), let before = old.schemas[name], let now = new.schemas[name], !recorder.parts.isPartOnly(name) else { continue }
            for direction in Direction.allCases where reached.old.uses(name, direction) || reached.new.uses(name, direction) {
                let comparer = SchemaComparer(old: old, new: new, recorder: recorder, direction: direction, operation: nil)
                // Which exchanges see the change, found only for schemas that changed.
                comparer.affected = { users.exchanges(reaching: name, direction) }
                comparer.compare(before, now, at: FieldPath(base: "schema \(name)"))
            }
        }
    }

    /// A schema with nothing that identifies it: no properties, enum, const or composition.
    private static func isTrivial(_ schema: Schema) -> Bool {
        (schema.object?.properties.isEmpty ?? true) && schema.enumValues == nil && schema.const == nil
            && schema.allOf == nil && schema.oneOf == nil && schema.anyOf == nil
    }

    /// No finding of any level in either direction, with names compared as names.
    private func sameShape(_ oldName: String, _ newName: String) -> Bool {
        guard let before = old.schemas[oldName], let now = new.schemas[newName] else { return false }
        let scratch = recorder.scratch()
        for direction in Direction.allCases {
            SchemaComparer(old: old, new: new, recorder: scratch, direction: direction, operation: nil).compare(before, now, at: FieldPath(base: ""))
        }
        return scratch.findings.isEmpty && before.subschemas.compactMap(\.name) == now.subschemas.compactMap(\.name)
    }
}
