import SpeccIR

/// Composition: alternatives gained or lost, and a schema wrapped into (or unwrapped from) an
/// `anyOf`/`oneOf`.
extension SchemaComparer {
    /// A schema that became one alternative of a new `anyOf`/`oneOf` (Stripe's "or the empty
    /// string" pattern), or a composition that collapsed to one of its alternatives: one finding
    /// for the alternatives gained or lost, not a type, bound and composition finding each.
    func reportWrapping(_ o: Schema, _ n: Schema, _ field: FieldPath) -> Bool {
        func composition(_ schema: Schema) -> (keyword: String, rule: String, alternatives: [SchemaRef])? {
            guard schema.types == nil, schema.object == nil, schema.allOf == nil else { return nil }
            if let alternatives = schema.anyOf, schema.oneOf == nil { return ("anyOf", "any-of", alternatives) }
            if let alternatives = schema.oneOf, schema.anyOf == nil { return ("oneOf", "one-of", alternatives) }
            return nil
        }
        func plain(_ schema: Schema) -> Bool { schema.anyOf == nil && schema.oneOf == nil }
        // `X` → `anyOf: [X, {type: 'null'}]` is nullability spelled as a union, and the reverse.
        func onlyNullBesides(_ wrapper: (keyword: String, rule: String, alternatives: [SchemaRef]), in api: API, matching schema: Schema, schemaIsOld: Bool) -> Bool {
            // The cheap test first: a union without a null branch is not this.
            let others = wrapper.alternatives.filter { api.schema($0)?.types != [.null] }
            guard others.count == 1, wrapper.alternatives.count > 1 else { return false }
            return sameShape(schema, others[0], in: api, old: schemaIsOld)
        }
        if plain(o), !o.isNullable, let wrapper = composition(n), onlyNullBesides(wrapper, in: new, matching: o, schemaIsOld: true) {
            report("nullable-added", field, "null is now allowed (anyOf with null).", o, n)
            return true
        }
        if plain(n), !n.isNullable, let wrapper = composition(o), onlyNullBesides(wrapper, in: old, matching: n, schemaIsOld: false) {
            report("nullable-removed", field, "null is no longer allowed (the anyOf with null is gone).", o, n)
            return true
        }
        // `X` → `anyOf: [Y, null]`: null is allowed now, and X became Y, which is compared as such.
        if plain(o), !o.isNullable, let wrapper = composition(n), let other = soleNonNull(wrapper.alternatives, in: new) {
            report("nullable-added", field, "null is now allowed (\(wrapper.keyword) with null).", o, n)
            compare(.inline(o), other, at: field)
            return true
        }
        if plain(n), !n.isNullable, let wrapper = composition(o), let other = soleNonNull(wrapper.alternatives, in: old) {
            report("nullable-removed", field, "null is no longer allowed (the \(wrapper.keyword) with null is gone).", o, n)
            compare(other, .inline(n), at: field)
            return true
        }
        if plain(o), let wrapper = composition(n), wrapper.alternatives.contains(where: { sameShape(o, $0, in: new, old: true) }) {
            let count = wrapper.alternatives.count - 1
            report("\(wrapper.rule)-alternative-added", field, "The schema became one of \(count + 1) \(wrapper.keyword) alternatives.", o, n)
            compareOverlap(o, n, field)
            return true
        }
        if plain(n), let wrapper = composition(o), wrapper.alternatives.contains(where: { sameShape(n, $0, in: old, old: false) }) {
            let count = wrapper.alternatives.count - 1
            report("\(wrapper.rule)-alternative-removed", field, "The \(wrapper.keyword) of \(count + 1) alternatives narrowed to one of them.", o, n)
            return true
        }
        return false
    }

    /// The one alternative besides a `{type: 'null'}` one, if that is all the union holds.
    private func soleNonNull(_ alternatives: [SchemaRef], in api: API) -> SchemaRef? {
        guard alternatives.count == 2 else { return nil }
        let others = alternatives.filter { api.schema($0)?.types != [.null] }
        return others.count == 1 ? others[0] : nil
    }

    /// Whether `schema` and the alternative `ref` (in `api`) compare without a finding.
    func sameShape(_ schema: Schema, _ ref: SchemaRef, in api: API, old schemaIsOld: Bool) -> Bool {
        guard let alternative = api.schema(ref) else { return false }
        let scratch = recorder.scratch()
        let comparer = SchemaComparer(old: old, new: new, recorder: scratch, direction: direction, operation: operation)
        if schemaIsOld { comparer.compare(schema, alternative, at: FieldPath(base: "")) } else { comparer.compare(alternative, schema, at: FieldPath(base: "")) }
        return scratch.findings.isEmpty
    }

    /// The named schema a reference stands for: itself, or an inline schema that only wraps one
    /// `$ref` with annotations (`description`, `default`, `x-` keys), as 3.1 allows.
    static func referenceName(_ ref: SchemaRef) -> String? {
        switch ref {
        case .named(let name): return name
        case .inline(let schema): return referenceName(of: schema)
        }
    }

    /// The same for an inline schema, without wrapping it in a ref.
    static func referenceName(of schema: Schema) -> String? {
        guard let parts = schema.allOf, parts.count == 1, let name = parts[0].name else { return nil }
        var rest = schema
        rest.allOf = nil
        rest.location = nil
        rest.title = nil
        rest.description = nil
        rest.defaultValue = nil
        rest.examples = nil
        rest.readOnly = nil
        rest.writeOnly = nil
        rest.deprecated = nil
        rest.externalDocs = nil
        rest.extensions = nil
        return rest == Schema() ? name : nil
    }

    /// `{type: string}` with nothing that narrows it.
    static func isAnyString(_ schema: Schema) -> Bool {
        schema.types == [.string] && schema.enumValues == nil && schema.const == nil && schema.format == nil
            && (schema.string?.pattern ?? "").isEmpty && schema.string?.maxLength == nil && schema.string?.minLength == nil
    }

    /// Alternatives are matched by schema name; inline ones by type first (a reordered `anyOf` is
    /// not a change), then by their order among the rest.
    func compareComposition(_ keyword: String, _ before: [SchemaRef]?, _ now: [SchemaRef]?, _ field: FieldPath,
                                    added: String, removed: String, _ o: Schema, _ n: Schema) {
        let oldList = before ?? [], newList = now ?? []
        guard !oldList.isEmpty || !newList.isEmpty else { return }
        // A union where there was none keeps only values both accept: fewer pass. Its removal
        // lets more pass. (A schema that became one alternative of a union is `reportWrapping`'s.)
        if keyword != "allOf", oldList.isEmpty || newList.isEmpty {
            let rule = keyword == "oneOf" ? "one-of" : "any-of"
            if oldList.isEmpty {
                report("\(rule)-added", field, "The value must now match \(keyword == "oneOf" ? "exactly one" : "at least one") of \(newList.count) alternatives (\(keyword)).", o, n)
            } else {
                report("\(rule)-removed", field, "The \(keyword) of \(oldList.count) alternatives was removed.", o, n)
            }
            return
        }
        // A `$ref` with annotation siblings (3.1) is that reference: matched by its name.
        let oldNames = oldList.compactMap(Self.referenceName), newNames = newList.compactMap(Self.referenceName)
        for name in oldNames where newNames.contains(name) {
            let before = oldList.first { Self.referenceName($0) == name }!, after = newList.first { Self.referenceName($0) == name }!
            // Same name both sides: a change to the schema itself is the component comparison's;
            // a change of the siblings (a default, say) is this place's.
            compare(before, after, at: field)
        }
        var lost = oldNames.filter { !newNames.contains($0) }
        var gained = newNames.filter { !oldNames.contains($0) }
        // A reference moved to a schema of another name (a rename, a `$ref` with siblings now
        // pointing at a copy) is the same alternative if the two have the same shape; an allOf
        // that swaps its one base for another is compared as that base.
        for name in lost {
            guard let match = gained.first(where: { equivalent(.named(name), .named($0)) }) else { continue }
            lost.removeAll { $0 == name }
            gained.removeAll { $0 == match }
        }
        if keyword == "allOf", lost.count == 1, gained.count == 1 {
            compare(.named(lost[0]), .named(gained[0]), at: field)
            lost = []
            gained = []
        }
        let gainedRule = n.discriminator != nil && keyword != "allOf" ? "discriminated-alternative-added" : added
        for name in gained {
            report(gainedRule, field, "\(keyword) gained \(name).", o, n)
        }
        for name in lost {
            report(removed, field, "\(keyword) lost \(name).", o, n)
        }
        func inline(_ list: [SchemaRef]) -> [Schema] {
            list.compactMap { if case .inline(let schema) = $0, Self.referenceName($0) == nil { schema } else { nil } }
        }
        // Pair by type first, then by order; indices, not schema equality, track what is paired.
        let oldInline = inline(oldList)
        var newInline = inline(newList)
        var pairs: [(Schema, Schema)] = []
        var unpaired: [Schema] = []
        for schema in oldInline {
            if let index = newInline.firstIndex(where: { $0.types == schema.types }) {
                pairs.append((schema, newInline.remove(at: index)))
            } else {
                unpaired.append(schema)
            }
        }
        while !unpaired.isEmpty && !newInline.isEmpty {
            pairs.append((unpaired.removeFirst(), newInline.removeFirst()))
        }
        // Beside an alternative that takes any string, an enum only documents known values.
        let open = keyword == "anyOf" && newList.contains { new.schema($0).map(Self.isAnyString) ?? false }
        for (index, pair) in pairs.enumerated() {
            let wasOpen = inOpenEnum
            inOpenEnum = open
            compare(pair.0, pair.1, at: field.appending(pairs.count == 1 ? " (\(keyword))" : " (\(keyword) #\(index + 1))"))
            inOpenEnum = wasOpen
        }
        if !newInline.isEmpty {
            report(added, field, "\(keyword) gained \(newInline.count) inline alternative\(newInline.count == 1 ? "" : "s").", o, n)
        }
        if !unpaired.isEmpty {
            report(removed, field, "\(keyword) lost \(unpaired.count) inline alternative\(unpaired.count == 1 ? "" : "s").", o, n)
        }
    }
}
