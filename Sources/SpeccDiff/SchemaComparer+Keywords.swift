import SpeccIR

/// The applicator keywords past `properties`, `items` and composition: positional items,
/// `contains`, `not`, `if`/`then`/`else`, dependencies, `unevaluated*`, pattern properties,
/// property names and content. Each is judged by what it does to the set of valid values, so the
/// request and response levels follow from the direction as for every other schema change.
extension SchemaComparer {
    /// `prefixItems` and `items` position by position: what the schema at each index was and is
    /// (a position past the prefix takes `items`), so dropping a prefix that `items` now covers
    /// is compared as what that first item must be.
    func compareItems(_ o: Schema, _ n: Schema, _ field: FieldPath) {
        guard o.array != nil || n.array != nil else { return }
        let oldPrefix = o.array?.prefixItems ?? [], newPrefix = n.array?.prefixItems ?? []
        let oldRest = o.array?.items, newRest = n.array?.items
        for index in 0..<max(oldPrefix.count, newPrefix.count) {
            compareItem(index < oldPrefix.count ? oldPrefix[index] : oldRest, index < newPrefix.count ? newPrefix[index] : newRest,
                        field.appending("[\(index)]"), o, n)
        }
        compareItem(oldRest, newRest, field.appending("[]"), o, n)
    }

    private func compareItem(_ before: SchemaRef?, _ now: SchemaRef?, _ field: FieldPath, _ o: Schema, _ n: Schema) {
        switch (before?.isNever ?? false, now?.isNever ?? false) {
        case (false, true): report("items-forbidden", field, "No item is allowed here any more (the array became shorter).", o, n)
        case (true, false): report("items-allowed", field, "Items are now allowed here (the array may be longer).", o, n)
        case (true, true): break
        case (false, false): compareOptional(before, now, field, o, n)
        }
    }

    /// A keyword's subschema that may be absent on either side: absent is "any value".
    private func compareOptional(_ before: SchemaRef?, _ now: SchemaRef?, _ field: FieldPath, _ o: Schema, _ n: Schema) {
        switch (before, now) {
        case let (before?, now?): compare(before, now, at: field)
        case let (nil, now?): compare(Schema(location: o.location), new.schema(now) ?? Schema(), at: field)
        case let (before?, nil): compare(old.schema(before) ?? Schema(), Schema(location: n.location), at: field)
        case (nil, nil): break
        }
    }

    func compareApplicators(_ o: Schema, _ n: Schema, _ field: FieldPath) {
        compareContains(o, n, field)
        switch (o.not, n.not) {
        case (nil, _?) where !n.isNever: report("not-added", field, "A 'not' exclusion was added.", o, n)
        case (_?, nil) where !o.isNever: report("not-removed", field, "The 'not' exclusion was removed.", o, n)
        case let (before?, now?) where !o.isNever && !n.isNever && !equivalent(before, now):
            report("not-changed", field, "The 'not' exclusion changed.", o, n)
        default: break
        }
        compareConditional(o, n, field)
        compareDependencies(o, n, field)
        compareUnevaluated(o.object?.unevaluatedProperties, n.object?.unevaluatedProperties, "properties", field.appending(" (unevaluated properties)"), o, n)
        compareUnevaluated(o.array?.unevaluatedItems, n.array?.unevaluatedItems, "items", field.appending(" (unevaluated items)"), o, n)
        comparePatternProperties(o, n, field)
        switch (o.object?.propertyNames, n.object?.propertyNames) {
        case (nil, _?): report("property-names-added", field, "Property names became constrained (propertyNames).", o, n)
        case (_?, nil): report("property-names-removed", field, "Property names are no longer constrained.", o, n)
        case let (before?, now?): compare(before, now, at: field.appending(" (property names)"))
        case (nil, nil): break
        }
        compareContent(o, n, field)
    }

    /// With `maxContains`, a narrower `contains` schema can let more arrays through (fewer items
    /// count against the maximum): such a change is judged as a change, not a narrowing.
    private func compareContains(_ o: Schema, _ n: Schema, _ field: FieldPath) {
        switch (o.array?.contains, n.array?.contains) {
        case (nil, _?): report("contains-added", field, "The array must now contain a matching item (contains).", o, n)
        case (_?, nil): report("contains-removed", field, "The array no longer needs to contain a matching item.", o, n)
        case let (before?, now?):
            if o.array?.maxContains == nil && n.array?.maxContains == nil {
                compare(before, now, at: field.appending(" (contains)"))
            } else if !equivalent(before, now) {
                report("contains-changed", field, "The schema that items are counted against (contains, with maxContains) changed.", o, n)
            }
        case (nil, nil): break
        }
    }

    private func compareConditional(_ o: Schema, _ n: Schema, _ field: FieldPath) {
        switch (o.conditional, n.conditional) {
        case (nil, _?): report("conditional-added", field, "An if/then/else rule was added.", o, n)
        case (_?, nil): report("conditional-removed", field, "The if/then/else rule was removed.", o, n)
        case let (before?, now?):
            guard equivalent(before.condition, now.condition) else {
                report("conditional-changed", field, "The condition of the if/then/else rule changed.", o, n)
                return
            }
            compareOptional(before.then, now.then, field.appending(" (then)"), o, n)
            compareOptional(before.otherwise, now.otherwise, field.appending(" (else)"), o, n)
        case (nil, nil): break
        }
    }

    private func compareDependencies(_ o: Schema, _ n: Schema, _ field: FieldPath) {
        func pairs(_ schema: Schema) -> [(String, String)] {
            (schema.object?.dependentRequired ?? []).flatMap { dependency in dependency.required.map { (dependency.property, $0) } }
        }
        let before = pairs(o), now = pairs(n)
        for (property, name) in now where !before.contains(where: { $0 == (property, name) }) {
            report("dependent-required-added", field, "\(name) became required when \(property) is present.", o, n)
        }
        for (property, name) in before where !now.contains(where: { $0 == (property, name) }) {
            report("dependent-required-removed", field, "\(name) is no longer required when \(property) is present.", o, n)
        }
        compareKeyed((o.object?.dependentSchemas ?? []).map { ($0.property, $0.schema) }, (n.object?.dependentSchemas ?? []).map { ($0.property, $0.schema) },
                     added: ("dependent-schema-added", { "A rule for objects with \($0) was added (dependentSchemas)." }),
                     removed: ("dependent-schema-removed", { "The rule for objects with \($0) was removed (dependentSchemas)." }),
                     field, child: { " (with \($0))" }, o, n)
    }

    /// Subschemas keyed by a name or pattern: one gained, one lost, or each kept one compared.
    private func compareKeyed(_ before: [(key: String, schema: SchemaRef)], _ now: [(key: String, schema: SchemaRef)],
                              added: (rule: String, message: (String) -> String), removed: (rule: String, message: (String) -> String),
                              _ field: FieldPath, child: (String) -> String, _ o: Schema, _ n: Schema) {
        for entry in now where !before.contains(where: { $0.key == entry.key }) {
            report(added.rule, field, added.message(entry.key), o, n)
        }
        for entry in before {
            guard let counterpart = now.first(where: { $0.key == entry.key }) else {
                report(removed.rule, field, removed.message(entry.key), o, n)
                continue
            }
            compare(entry.schema, counterpart.schema, at: field.appending(child(entry.key)))
        }
    }

    private func compareUnevaluated(_ before: SchemaRef?, _ now: SchemaRef?, _ noun: String, _ field: FieldPath, _ o: Schema, _ n: Schema) {
        // "properties" -> "Properties": the nouns are lowercase ASCII words.
        let capitalized = noun.prefix(1).uppercased() + noun.dropFirst()
        switch (before?.isNever ?? false, now?.isNever ?? false) {
        case (false, true): report("unevaluated-\(noun)-restricted", field, "\(capitalized) no other keyword describes are no longer allowed (unevaluated\(capitalized): false).", o, n)
        case (true, false): report("unevaluated-\(noun)-allowed", field, "\(capitalized) no other keyword describes are now allowed.", o, n)
        case (true, true): break
        case (false, false): compareOptional(before, now, field, o, n)
        }
    }

    private func comparePatternProperties(_ o: Schema, _ n: Schema, _ field: FieldPath) {
        compareKeyed((o.object?.patternProperties ?? []).map { ($0.pattern, $0.schema) }, (n.object?.patternProperties ?? []).map { ($0.pattern, $0.schema) },
                     added: ("pattern-property-added", { "Properties matching \($0) became constrained." }),
                     removed: ("pattern-property-removed", { "Properties matching \($0) are no longer constrained." }),
                     field, child: { " /\($0)/" }, o, n)
    }

    /// What a string holds: a new encoding or media type changes every value on the wire;
    /// documenting one that was left unsaid changes none.
    private func compareContent(_ o: Schema, _ n: Schema, _ field: FieldPath) {
        let before = o.string, now = n.string
        if before?.contentEncoding?.lowercased() != now?.contentEncoding?.lowercased() {
            let from = before?.contentEncoding ?? "none", to = now?.contentEncoding ?? "none"
            report("content-encoding-changed", field, "The string's encoding changed from \(from) to \(to).", o, n)
        }
        switch (before?.contentMediaType, now?.contentMediaType) {
        case let (from?, to?) where from.lowercased() != to.lowercased():
            report("content-media-type-changed", field, "The string's content changed from \(from) to \(to).", o, n)
        case let (nil, to?): report("content-media-type-added", field, "The string's content is now documented as \(to).", o, n)
        case let (from?, nil): report("content-media-type-removed", field, "The string's content is no longer documented (was \(from)).", o, n)
        default: break
        }
        if let from = before?.contentSchema, let to = now?.contentSchema {
            compare(from, to, at: field.appending(" (content)"))
        }
    }

    /// Whether two subschemas compare without a finding on either side of the wire.
    func equivalent(_ before: SchemaRef, _ now: SchemaRef) -> Bool {
        let scratch = recorder.scratch()
        for side in Direction.allCases {
            SchemaComparer(old: old, new: new, recorder: scratch, direction: side, operation: operation).compare(before, now, at: FieldPath(base: ""))
        }
        return scratch.findings.isEmpty
    }
}
