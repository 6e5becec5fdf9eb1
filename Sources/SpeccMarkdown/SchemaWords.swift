import SpeccIR

/// Subschemas in words, for the rules a table cell states in a sentence: `if` conditions, what
/// `then` demands, what `contains` or `not` describe. Named schemas are named, not expanded.
enum SchemaWords {
    /// What a value matching `ref` is: `` `Card` ``, `a string`, `` `a` `` for a constant.
    static func summary(_ ref: SchemaRef) -> String {
        switch ref {
        case .named(let name): return MarkdownText.code(name)
        case .inline(let schema): return summary(schema)
        }
    }

    static func summary(_ schema: Schema) -> String {
        if schema.isNever { return "nothing" }
        if let const = schema.const { return MarkdownText.value(const) }
        if let values = schema.enumValues { return "one of " + values.map { MarkdownText.value($0) }.joined(separator: ", ") }
        if let statement = statement(schema) { return "an object where " + statement }
        guard let types = schema.types, !types.isEmpty else {
            let parts = schema.compositionSubschemas.map(summary)
            if !parts.isEmpty { return parts.joined(separator: " or ") }
            let limits = ConstraintDescriber.describe(schema)
            return limits.isEmpty ? "any value" : "a value with " + limits.joined(separator: ", ")
        }
        var words = types.map { type in
            switch type {
            case .null: "null"
            case .integer, .object, .array: "an \(type.rawValue)"
            default: "a \(type.rawValue)"
            }
        }
        let limits = ConstraintDescriber.describe(schema)
        if !limits.isEmpty { words[0] += " (" + limits.joined(separator: ", ") + ")" }
        return words.joined(separator: " or ")
    }

    /// The condition of an `if`, as a clause: `` `type` is `card` ``, `` `iban` is present ``.
    static func condition(_ ref: SchemaRef) -> String {
        if case .inline(let schema) = ref, let statement = statement(schema, requiredWord: "present") { return statement }
        return "the value is " + summary(ref)
    }

    /// What `then`, `else` or a dependent schema demands, as a clause: `` `last4` is required ``.
    static func demand(_ ref: SchemaRef) -> String {
        if case .inline(let schema) = ref, let statement = statement(schema, requiredWord: "required") { return statement }
        return "it must be " + summary(ref)
    }

    /// An object schema's required names and property values as one clause, when that is all it
    /// says; nil otherwise. A required property with a value clause needs no clause of its own.
    private static func statement(_ schema: Schema, requiredWord: String = "required") -> String? {
        guard let object = schema.object, schema.compositionSubschemas.isEmpty, schema.conditional == nil else { return nil }
        var clauses: [String] = []
        let required = object.required
        for property in object.properties {
            // Without `required`, a property's schema only speaks to objects that have it.
            let presence = required.contains(property.name) ? "" : ", if present,"
            clauses.append("\(MarkdownText.code(property.name))\(presence) is \(summary(property.schema))")
        }
        let bare = required.filter { object.property(named: $0) == nil }.map(MarkdownText.code)
        if !bare.isEmpty {
            let list = bare.count == 1 ? bare[0] : bare.dropLast().joined(separator: ", ") + " and " + bare.last!
            clauses.append(list + (bare.count == 1 ? " is " : " are ") + requiredWord)
        }
        return clauses.isEmpty ? nil : clauses.joined(separator: " and ")
    }
}
