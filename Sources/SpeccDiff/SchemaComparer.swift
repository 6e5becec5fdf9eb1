import SpeccDiagnostics
import SpeccIR

/// Compares two versions of a schema on one side of the wire and reports each change under a
/// `request-` or `response-` rule. Named schemas compared with themselves are left to the
/// component comparison, so a shared schema's change is reported once, where it is defined.
final class SchemaComparer {
    let old: API
    let new: API
    let recorder: DiffRecorder
    let direction: Direction
    let operation: String?
    /// Pairs of differently named schemas already being compared (recursion through renames).
    private var visiting = Set<String>()
    /// Set while comparing an alternative of an `anyOf` that also takes any string: its enum
    /// values are known values of an open set.
    var inOpenEnum = false
    /// For a named schema compared as a component: the exchanges its change reaches, asked for
    /// when the first finding is reported.
    var affected: (() -> [String])?
    private lazy var affects: [String] = affected?() ?? []

    init(old: API, new: API, recorder: DiffRecorder, direction: Direction, operation: String?) {
        self.old = old
        self.new = new
        self.recorder = recorder
        self.direction = direction
        self.operation = operation
    }

    func compare(_ oldRef: SchemaRef, _ newRef: SchemaRef, at field: FieldPath) {
        // A `$ref` with annotation siblings is that reference: compared by name, and by the one
        // sibling that changes behaviour, its default.
        if let a = Self.referenceName(oldRef), let b = Self.referenceName(newRef), oldRef.name == nil || newRef.name == nil {
            compare(.named(a), .named(b), at: field)
            let before = Self.siblingDefault(oldRef), now = Self.siblingDefault(newRef)
            if before != now, let o = old.schema(oldRef), let n = new.schema(newRef) {
                report("default-changed", field, "The default changed from \(before?.compactText ?? "none") to \(now?.compactText ?? "none").", o, n)
            }
            return
        }
        switch (oldRef, newRef) {
        case (.named(let a), .named(let b)) where a == b:
            return
        case (.named(let a), .named(let b)):
            let key = a + "\u{0}" + b
            guard !visiting.contains(key), let oldSchema = old.schemas[a], let newSchema = new.schemas[b] else { return }
            visiting.insert(key)
            compare(oldSchema, newSchema, at: field)
            visiting.remove(key)
        default:
            guard let oldSchema = old.schema(oldRef), let newSchema = new.schema(newRef) else { return }
            compare(oldSchema, newSchema, at: field)
        }
    }

    func compare(_ o: Schema, _ n: Schema, at field: FieldPath) {
        guard !recorder.unchanged.covers(o, n) else { return }
        if let (before, after) = mergedForAllOfChange(o, n) {
            compare(before, after, at: field)
            return
        }
        if reportWrapping(o, n, field) { return }
        guard compareTypes(o, n, field) else { return }
        compareValues(o, n, field)
        compareBounds(o, n, field)
        compareObjects(o, n, field)
        compareItems(o, n, field)
        compareApplicators(o, n, field)
        compareComposition("oneOf", o.oneOf, n.oneOf, field, added: "one-of-alternative-added", removed: "one-of-alternative-removed", o, n)
        compareOverlap(o, n, field)
        compareComposition("anyOf", o.anyOf, n.anyOf, field, added: "any-of-alternative-added", removed: "any-of-alternative-removed", o, n)
        compareComposition("allOf", o.allOf, n.allOf, field, added: "all-of-part-added", removed: "all-of-part-removed", o, n)
        if let before = o.discriminator, before != n.discriminator {
            let now = n.discriminator.map { "on \($0.propertyName)" } ?? "removed"
            report("discriminator-changed", field, "The discriminator on \(before.propertyName) changed (now \(now)).", o, n)
        }
    }

    /// The `default` written beside a `$ref`.
    private static func siblingDefault(_ ref: SchemaRef) -> JSONValue? {
        if case .inline(let schema) = ref { return schema.defaultValue }
        return nil
    }

    // MARK: Types and values

    /// False when the types are unrelated: deeper differences would only repeat that.
    private func compareTypes(_ o: Schema, _ n: Schema, _ field: FieldPath) -> Bool {
        // Two unions without a `type` of their own: their alternatives are compared instead.
        if o.types == nil, n.types == nil { return true }
        let oldTypes = Self.effectiveTypes(o, in: old).map { $0.subtracting([.null]) }
        let newTypes = Self.effectiveTypes(n, in: new).map { $0.subtracting([.null]) }
        if oldTypes != newTypes {
            let widened = Self.admits(newTypes, everything: oldTypes)
            let narrowed = Self.admits(oldTypes, everything: newTypes)
            let change = "from \(Self.describe(oldTypes)) to \(Self.describe(newTypes))"
            if widened {
                report("type-widened", field, "The type widened \(change).", o, n)
            } else if narrowed {
                report("type-narrowed", field, "The type narrowed \(change).", o, n)
            } else {
                report("type-changed", field, "The type changed \(change).", o, n)
                return false
            }
        }
        if o.types != nil, n.types != nil, o.isNullable != n.isNullable {
            report(n.isNullable ? "nullable-added" : "nullable-removed", field, n.isNullable ? "null is now allowed." : "null is no longer allowed.", o, n)
        }
        return true
    }

    /// The types a schema admits: its `type`, or for a union without one, the types its
    /// alternatives admit together (nil: any type, as when an alternative has no type).
    static func effectiveTypes(_ schema: Schema, in api: API, depth: Int = 0) -> Set<JSONType>? {
        if let types = schema.types { return Set(types) }
        guard depth < 8 else { return nil }
        // allOf: what every typed part admits.
        if let parts = schema.allOf {
            let typed = parts.compactMap { api.schema($0).flatMap { effectiveTypes($0, in: api, depth: depth + 1) } }
            if let first = typed.first { return typed.dropFirst().reduce(first) { $0.intersection($1) } }
        }
        guard let alternatives = schema.oneOf ?? schema.anyOf, !alternatives.isEmpty else { return nil }
        var union = Set<JSONType>()
        for alternative in alternatives {
            guard let resolved = api.schema(alternative), let types = effectiveTypes(resolved, in: api, depth: depth + 1) else { return nil }
            union.formUnion(types)
        }
        return union
    }

    /// Whether `outer` admits every value of `inner` (nil: any type; integers are numbers).
    private static func admits(_ outer: Set<JSONType>?, everything inner: Set<JSONType>?) -> Bool {
        guard let outer else { return true }
        guard let inner else { return false }
        return inner.allSatisfy { outer.contains($0) || ($0 == .integer && outer.contains(.number)) }
    }

    /// Formats with a defined value space: JSON Schema's, and OpenAPI's numeric and byte ones.
    static let knownFormats: Set<String> = [
        "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6", "uri",
        "uri-reference", "iri", "iri-reference", "uuid", "uri-template", "json-pointer", "relative-json-pointer", "regex",
        "int32", "int64", "float", "double", "byte", "binary", "password",
    ]

    private static func describe(_ types: Set<JSONType>?) -> String {
        guard let types, !types.isEmpty else { return "any type" }
        return types.map(\.rawValue).sorted().joined(separator: " | ")
    }

    private func compareValues(_ o: Schema, _ n: Schema, _ field: FieldPath) {
        switch (o.format, n.format) {
        // A format no validator knows (OpenAI's `unixtime`) is a note for people: nothing on the
        // wire depends on it.
        case let (before, now) where before != now && [before, now].contains(where: { $0.map { !Self.knownFormats.contains($0) } ?? false }):
            report("format-annotation-changed", field, "The format changed from \(before ?? "none") to \(now ?? "none"), which no validator checks.", o, n)
        case (nil, let added?): report("format-added", field, "The format \(added) was added.", o, n)
        case (let removed?, nil): report("format-removed", field, "The format \(removed) was removed.", o, n)
        case (let before?, let now?) where before != now: report("format-changed", field, "The format changed from \(before) to \(now).", o, n)
        default: break
        }
        let oldEnum = o.enumValues.map { $0.filter { $0 != .null } }
        let newEnum = n.enumValues.map { $0.filter { $0 != .null } }
        switch (oldEnum, newEnum) {
        case (nil, let values?): report("enum-added", field, "The values became restricted to \(Self.list(values)).", o, n)
        case (_?, nil): report("enum-removed", field, "The enum restriction was removed.", o, n)
        case (let before?, let now?):
            for value in now where !before.contains(value) {
                report(inOpenEnum ? "open-enum-value-added" : "enum-value-added", field, "The enum value \(value.compactText) was added.", o, n)
            }
            for value in before where !now.contains(value) {
                report("enum-value-removed", field, "The enum value \(value.compactText) was removed.", o, n)
            }
        default: break
        }
        switch (o.const, n.const) {
        case (nil, let value?): report("const-added", field, "The value must now be \(value.compactText).", o, n)
        case (_?, nil): report("const-removed", field, "The constant restriction was removed.", o, n)
        case (let before?, let now?) where before != now: report("const-changed", field, "The constant changed from \(before.compactText) to \(now.compactText).", o, n)
        default: break
        }
        // An empty pattern matches every string: it is no pattern.
        func pattern(_ schema: Schema) -> String? { schema.string?.pattern.flatMap { $0.isEmpty ? nil : $0 } }
        switch (pattern(o), pattern(n)) {
        case (nil, let pattern?): report("pattern-added", field, "The pattern \(pattern) was added.", o, n)
        case (let pattern?, nil): report("pattern-removed", field, "The pattern \(pattern) was removed.", o, n)
        case (let before?, let now?) where before != now: report("pattern-changed", field, "The pattern changed from \(before) to \(now).", o, n)
        default: break
        }
        switch (o.numeric?.multipleOf, n.numeric?.multipleOf) {
        case (nil, let value?): report("multiple-of-added", field, "multipleOf \(Self.text(value)) was added.", o, n)
        case (let value?, nil): report("multiple-of-removed", field, "multipleOf \(Self.text(value)) was removed.", o, n)
        case (let before?, let now?) where before != now: report("multiple-of-changed", field, "multipleOf changed from \(Self.text(before)) to \(Self.text(now)).", o, n)
        default: break
        }
        switch (o.array?.uniqueItems ?? false, n.array?.uniqueItems ?? false) {
        case (false, true): report("unique-items-added", field, "Items must now be unique.", o, n)
        case (true, false): report("unique-items-removed", field, "Items no longer need to be unique.", o, n)
        default: break
        }
        if o.defaultValue != n.defaultValue {
            let before = o.defaultValue?.compactText ?? "none", now = n.defaultValue?.compactText ?? "none"
            report("default-changed", field, "The default changed from \(before) to \(now).", o, n)
        }
    }

    private func compareBounds(_ o: Schema, _ n: Schema, _ field: FieldPath) {
        // Most schemas have no bounds at all: skip the ten comparisons for them.
        guard o.string != nil || n.string != nil || o.numeric != nil || n.numeric != nil || o.array != nil || n.array != nil
            || o.object != nil || n.object != nil else { return }
        for bound in Bound.all {
            let before = bound.read(o), now = bound.read(n)
            switch (before, now) {
            case (nil, let value?): report("\(bound.rule)-added", field, "\(bound.keyword) \(Self.text(value)) was added.", o, n)
            case (let value?, nil): report("\(bound.rule)-removed", field, "\(bound.keyword) \(Self.text(value)) was removed.", o, n)
            case (let before?, let now?) where before != now:
                let direction = now < before ? "decreased" : "increased"
                report("\(bound.rule)-\(direction)", field, "\(bound.keyword) \(direction) from \(Self.text(before)) to \(Self.text(now)).", o, n)
            default: break
            }
        }
    }

    // MARK: Objects

    private func compareObjects(_ o: Schema, _ n: Schema, _ field: FieldPath) {
        guard o.object != nil || n.object != nil else { return }
        let oldProperties = o.object?.properties ?? [], newProperties = n.object?.properties ?? []
        let oldRequired = effectiveRequired(o, in: old), newRequired = effectiveRequired(n, in: new)
        let oldClosed = o.object?.additionalProperties?.isNever ?? false
        for property in oldProperties where n.object?.property(named: property.name) == nil {
            // What a removal breaks depends on the side: a request to a closed schema that still
            // sends it fails; a response client that relied on a required one finds it gone.
            let required = oldRequired.contains(property.name)
            if let sunset = Sunset.date(old.schema(property.schema)?.extensions), recorder.today < sunset {
                report("property-removed-before-sunset", field.property(property.name), "The property \(property.name) was removed before its sunset date \(sunset).",
                       old: location(property.schema, in: old) ?? o.location, new: n.location)
                continue
            }
            let change = switch direction {
            case .request: oldClosed ? "closed-property-removed" : required ? "required-property-removed" : "property-removed"
            case .response: required ? "required-property-removed" : oldClosed ? "closed-property-removed" : "property-removed"
            }
            report(change, field.property(property.name), "The \(required ? "required" : "optional") property \(property.name) was removed\(oldClosed ? " from a schema that takes no others" : "").",
                   old: location(property.schema, in: old) ?? o.location, new: n.location)
        }
        for property in newProperties where o.object?.property(named: property.name) == nil {
            let required = newRequired.contains(property.name)
            report(required ? "property-added-required" : "property-added", field.property(property.name),
                   "The \(required ? "required" : "optional") property \(property.name) was added.",
                   old: o.location, new: location(property.schema, in: new) ?? n.location)
        }
        for before in oldProperties {
            guard let now = n.object?.property(named: before.name) else { continue }
            let path = field.property(before.name)
            let oldLocation = location(before.schema, in: old) ?? o.location, newLocation = location(now.schema, in: new) ?? n.location
            switch (oldRequired.contains(before.name), newRequired.contains(before.name)) {
            case (false, true): report("property-became-required", path, "The property \(before.name) became required.", old: oldLocation, new: newLocation)
            case (true, false): report("property-became-optional", path, "The property \(before.name) became optional.", old: oldLocation, new: newLocation)
            default: break
            }
            let oldFlags = flags(before.schema, in: old), newFlags = flags(now.schema, in: new)
            if !oldFlags.readOnly && newFlags.readOnly {
                report("property-became-read-only", path, "The property \(before.name) became readOnly.", old: oldLocation, new: newLocation)
            }
            if !oldFlags.writeOnly && newFlags.writeOnly {
                report("property-became-write-only", path, "The property \(before.name) became writeOnly.", old: oldLocation, new: newLocation)
            }
            if !oldFlags.deprecated && newFlags.deprecated {
                report("property-deprecated", path, "The property \(before.name) was deprecated.", old: oldLocation, new: newLocation)
            }
            if let oldSunset = Sunset.date(old.schema(before.schema)?.extensions), let newSunset = Sunset.date(new.schema(now.schema)?.extensions), newSunset < oldSunset {
                report("property-sunset-brought-forward", path, "The property's sunset date moved from \(oldSunset) to \(newSunset).", old: oldLocation, new: newLocation)
            }
            compare(before.schema, now.schema, at: path)
        }
        // `required` also names properties the schema does not declare (an allOf part's, an
        // `if` condition's): those become required or optional without a property to compare.
        let declared = Set(oldProperties.map(\.name)).union(newProperties.map(\.name))
        for name in newRequired.subtracting(oldRequired).subtracting(declared).sorted() {
            report("property-became-required", field.property(name), "The property \(name) became required.", o, n)
        }
        for name in oldRequired.subtracting(newRequired).subtracting(declared).sorted() {
            report("property-became-optional", field.property(name), "The property \(name) became optional.", o, n)
        }
        let newClosed = n.object?.additionalProperties?.isNever ?? false
        if !oldClosed && newClosed {
            report("additional-properties-restricted", field, "Properties not listed are no longer allowed (additionalProperties: false).", o, n)
        } else if oldClosed && !newClosed {
            report("additional-properties-allowed", field, "Properties not listed are now allowed.", o, n)
        } else if let before = o.object?.additionalProperties, let now = n.object?.additionalProperties, !oldClosed {
            compare(before, now, at: field.appending(".*"))
        }
    }

    /// The names `required` makes required on this side of the wire: OpenAPI applies it to a
    /// readOnly property in responses only and to a writeOnly one in requests only.
    private func effectiveRequired(_ schema: Schema, in api: API) -> Set<String> {
        guard let object = schema.object else { return [] }
        return Set(object.required.filter { name in
            guard let property = object.property(named: name) else { return true }
            let flags = flags(property.schema, in: api)
            return direction == .request ? !flags.readOnly : !flags.writeOnly
        })
    }

    private func flags(_ ref: SchemaRef, in api: API) -> (readOnly: Bool, writeOnly: Bool, deprecated: Bool) {
        guard let schema = api.schema(ref) else { return (false, false, false) }
        return (schema.readOnly ?? false, schema.writeOnly ?? false, schema.deprecated ?? false)
    }

    // MARK: Reporting

    func report(_ change: String, _ field: FieldPath, _ message: String, _ o: Schema?, _ n: Schema?) {
        report(change, field, message, old: o?.location, new: n?.location)
    }

    private func report(_ change: String, _ field: FieldPath, _ message: String, old: SourceLocation?, new: SourceLocation?) {
        recorder.report("\(direction.rawValue)-\(change)", operation: operation, field: field.text, message, old: old, new: new, affects: affects)
    }

    /// Where a property's schema is written (a named one: where it is defined).
    private func location(_ ref: SchemaRef, in api: API) -> SourceLocation? {
        api.schema(ref)?.location
    }

    /// A bound as JSON writes it (`5`, `0.5`).
    static func text(_ value: Double) -> String { JSONValue.number(value).compactText }

    private static func list(_ values: [JSONValue]) -> String {
        values.prefix(8).map(\.compactText).joined(separator: ", ") + (values.count > 8 ? ", …" : "")
    }
}
