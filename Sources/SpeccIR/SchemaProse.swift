/// A schema's rules in words, one wording for every emitter: `at most 256 characters`,
/// `if \`method\` is \`card\`, then \`last4\` is required`. Names and values are set as inline
/// code by `code`, which each emitter supplies (Markdown tables escape `|`; doc comments do not).
public struct SchemaProse: Sendable {
    /// Inline code for a name, pattern or value.
    public let code: @Sendable (String) -> String
    /// `one of: …` for an enum; off where the enum is a type of its own (Swift).
    public var listsEnumValues = true

    public init(code: @escaping @Sendable (String) -> String) {
        self.code = code
    }

    /// A value (example, default, enum member) as inline code. Plain strings appear bare; strings
    /// with line breaks or other control characters, and non-strings, appear as JSON so nothing is
    /// lost or reflowed (`"\n# Title"` rather than a broken code span). The empty string shows as
    /// JSON (`""`): empty backticks would render as nothing.
    public func value(_ value: JSONValue) -> String {
        if case .string(let text) = value, !text.isEmpty, !text.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            return code(text)
        }
        return code(value.compactText)
    }

    /// The limits of a schema written in place; a named one's are on its own page or type.
    public func constraints(_ ref: SchemaRef?) -> [String] {
        guard case .inline(let schema)? = ref else { return [] }
        return constraints(schema)
    }

    /// The limits and rules a schema sets, one phrase each.
    public func constraints(_ schema: Schema) -> [String] {
        var parts: [String] = []
        if let values = schema.enumValues, listsEnumValues {
            parts.append("one of: " + values.map { value($0) }.joined(separator: ", "))
        }
        if let const = schema.const { parts.append("always \(value(const))") }
        if let string = schema.string {
            switch (string.minLength, string.maxLength) {
            case let (min?, max?) where min == max: parts.append("exactly \(min) characters")
            case let (min?, max?): parts.append("\(min) to \(max) characters")
            case let (min?, nil): parts.append("at least \(min) \(min == 1 ? "character" : "characters")")
            case let (nil, max?): parts.append("at most \(max) \(max == 1 ? "character" : "characters")")
            default: break
            }
            if let pattern = string.pattern { parts.append("pattern \(code(pattern))") }
            if let mediaType = string.contentMediaType { parts.append("content \(mediaType)") }
            if let encoding = string.contentEncoding { parts.append("encoded \(encoding)") }
            if let content = string.contentSchema { parts.append("content is " + summary(content)) }
        }
        if let numeric = schema.numeric {
            if let minimum = numeric.minimum { parts.append("≥ \(number(minimum))") }
            if let minimum = numeric.exclusiveMinimum { parts.append("> \(number(minimum))") }
            if let maximum = numeric.maximum { parts.append("≤ \(number(maximum))") }
            if let maximum = numeric.exclusiveMaximum { parts.append("< \(number(maximum))") }
            if let multiple = numeric.multipleOf { parts.append("multiple of \(number(multiple))") }
        }
        if let array = schema.array {
            switch (array.minItems, array.maxItems) {
            case let (min?, max?): parts.append("\(min) to \(max) items")
            case let (min?, nil): parts.append("at least \(min) items")
            case let (nil, max?): parts.append("at most \(max) items")
            default: break
            }
            if array.uniqueItems == true { parts.append("unique items") }
            if let prefix = array.prefixItems {
                parts.append("items in order: " + prefix.map(summary).joined(separator: ", ")
                             + (array.items?.isNever == true ? ", and no more" : ""))
            }
            if let contains = array.contains {
                let matching = "matching " + summary(contains)
                switch (array.minContains ?? 1, array.maxContains) {
                case (0, let max?): parts.append("at most \(max) \(max == 1 ? "item" : "items") \(matching)")
                case (let min, let max?) where min == max: parts.append("exactly \(min) \(min == 1 ? "item" : "items") \(matching)")
                case (let min, let max?): parts.append("\(min) to \(max) items \(matching)")
                case (0, nil): break
                case (let min, nil): parts.append("at least \(min) \(min == 1 ? "item" : "items") \(matching)")
                }
            }
            if array.unevaluatedItems?.isNever == true { parts.append("no items beyond those described") }
        }
        if let object = schema.object {
            if let min = object.minProperties { parts.append("at least \(min) properties") }
            if let max = object.maxProperties { parts.append("at most \(max) properties") }
            if case .inline(let extra)? = object.additionalProperties, extra.not != nil, !object.properties.isEmpty {
                parts.append("no other properties")
            }
            for pattern in object.patternProperties ?? [] {
                parts.append("properties matching \(code(pattern.pattern)) are " + summary(pattern.schema))
            }
            if let names = object.propertyNames {
                let rules = constraints(names)
                parts.append("property names: " + (rules.isEmpty ? summary(names) : rules.joined(separator: ", ")))
            }
            for dependency in object.dependentRequired ?? [] where !dependency.required.isEmpty {
                let names = dependency.required.map(code).joined(separator: ", ")
                parts.append("with \(code(dependency.property)), \(names) \(dependency.required.count == 1 ? "is" : "are") required too")
            }
            for dependency in object.dependentSchemas ?? [] {
                parts.append("with \(code(dependency.property)), " + demand(dependency.schema))
            }
            if object.unevaluatedProperties?.isNever == true { parts.append("no properties beyond those described") }
        }
        if let conditional = schema.conditional {
            let condition = condition(conditional.condition)
            switch (conditional.then, conditional.otherwise) {
            case let (then?, otherwise?): parts.append("if \(condition), then \(demand(then)); otherwise \(demand(otherwise))")
            case let (then?, nil): parts.append("if \(condition), then \(demand(then))")
            case let (nil, otherwise?): parts.append("unless \(condition), \(demand(otherwise))")
            case (nil, nil): break
            }
        }
        if let not = schema.not, !schema.isNever { parts.append("must not be " + summary(not)) }
        if schema.readOnly == true { parts.append("read-only") }
        if schema.writeOnly == true { parts.append("write-only") }
        if schema.deprecated == true { parts.append("deprecated") }
        return parts
    }

    func number(_ value: Double) -> String { JSONValue.number(value).compactText }

    // MARK: Subschemas in words

    /// What a value matching `ref` is: `` `Card` ``, `a string`, `` `a` `` for a constant.
    public func summary(_ ref: SchemaRef) -> String {
        switch ref {
        case .named(let name): return code(name)
        case .inline(let schema): return summary(schema)
        }
    }

    public func summary(_ schema: Schema) -> String {
        if schema.isNever { return "nothing" }
        if let const = schema.const { return value(const) }
        if let values = schema.enumValues { return "one of " + values.map { value($0) }.joined(separator: ", ") }
        if let statement = statement(schema) { return "an object where " + statement }
        guard let types = schema.types, !types.isEmpty else {
            let parts = schema.compositionSubschemas.map(summary)
            if !parts.isEmpty { return parts.joined(separator: " or ") }
            let limits = constraints(schema)
            return limits.isEmpty ? "any value" : "a value with " + limits.joined(separator: ", ")
        }
        var words = types.map { type in
            switch type {
            case .null: "null"
            case .integer, .object, .array: "an \(type.rawValue)"
            default: "a \(type.rawValue)"
            }
        }
        let limits = constraints(schema)
        if !limits.isEmpty { words[0] += " (" + limits.joined(separator: ", ") + ")" }
        return words.joined(separator: " or ")
    }

    /// The condition of an `if`, as a clause: `` `type` is `card` ``, `` `iban` is present ``.
    public func condition(_ ref: SchemaRef) -> String {
        if case .inline(let schema) = ref, let statement = statement(schema, requiredWord: "present") { return statement }
        return "the value is " + summary(ref)
    }

    /// What `then`, `else` or a dependent schema demands, as a clause: `` `last4` is required ``.
    public func demand(_ ref: SchemaRef) -> String {
        if case .inline(let schema) = ref, let statement = statement(schema, requiredWord: "required") { return statement }
        return "it must be " + summary(ref)
    }

    /// An object schema's required names and property values as one clause, when that is all it
    /// says; nil otherwise. A required property with a value clause needs no clause of its own.
    private func statement(_ schema: Schema, requiredWord: String = "required") -> String? {
        guard let object = schema.object, schema.compositionSubschemas.isEmpty, schema.conditional == nil else { return nil }
        var clauses: [String] = []
        let required = object.required
        for property in object.properties {
            // Without `required`, a property's schema only speaks to objects that have it.
            let presence = required.contains(property.name) ? "" : ", if present,"
            clauses.append("\(code(property.name))\(presence) is \(summary(property.schema))")
        }
        let bare = required.filter { object.property(named: $0) == nil }.map(code)
        if !bare.isEmpty {
            let list = bare.count == 1 ? bare[0] : bare.dropLast().joined(separator: ", ") + " and " + bare.last!
            clauses.append(list + (bare.count == 1 ? " is " : " are ") + requiredWord)
        }
        return clauses.isEmpty ? nil : clauses.joined(separator: " and ")
    }
}
