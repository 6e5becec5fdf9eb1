import SpeccIR

/// The limits a schema sets, in words: `max 256 characters`, `one of: \`ready\`, \`live\``.
enum ConstraintDescriber {
    static func describe(_ ref: SchemaRef?) -> [String] {
        guard case .inline(let schema)? = ref else { return [] }
        return describe(schema)
    }

    static func describe(_ schema: Schema) -> [String] {
        var parts: [String] = []
        if let values = schema.enumValues {
            parts.append("one of: " + values.map { MarkdownText.value($0) }.joined(separator: ", "))
        }
        if let const = schema.const { parts.append("always \(MarkdownText.value(const))") }
        if let string = schema.string {
            switch (string.minLength, string.maxLength) {
            case let (min?, max?) where min == max: parts.append("exactly \(min) characters")
            case let (min?, max?): parts.append("\(min) to \(max) characters")
            case let (min?, nil): parts.append("at least \(min) \(min == 1 ? "character" : "characters")")
            case let (nil, max?): parts.append("at most \(max) \(max == 1 ? "character" : "characters")")
            default: break
            }
            if let pattern = string.pattern { parts.append("pattern \(MarkdownText.code(pattern))") }
            if let mediaType = string.contentMediaType { parts.append("content \(mediaType)") }
            if let encoding = string.contentEncoding { parts.append("encoded \(encoding)") }
            if let content = string.contentSchema { parts.append("content is " + SchemaWords.summary(content)) }
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
                parts.append("items in order: " + prefix.map(SchemaWords.summary).joined(separator: ", ")
                             + (array.items?.isNever == true ? ", and no more" : ""))
            }
            if let contains = array.contains {
                let matching = "matching " + SchemaWords.summary(contains)
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
                parts.append("properties matching \(MarkdownText.code(pattern.pattern)) are " + SchemaWords.summary(pattern.schema))
            }
            if let names = object.propertyNames {
                let rules = ConstraintDescriber.describe(names)
                parts.append("property names: " + (rules.isEmpty ? SchemaWords.summary(names) : rules.joined(separator: ", ")))
            }
            for dependency in object.dependentRequired ?? [] where !dependency.required.isEmpty {
                let names = dependency.required.map(MarkdownText.code).joined(separator: ", ")
                parts.append("with \(MarkdownText.code(dependency.property)), \(names) \(dependency.required.count == 1 ? "is" : "are") required too")
            }
            for dependency in object.dependentSchemas ?? [] {
                parts.append("with \(MarkdownText.code(dependency.property)), " + SchemaWords.demand(dependency.schema))
            }
            if object.unevaluatedProperties?.isNever == true { parts.append("no properties beyond those described") }
        }
        if let conditional = schema.conditional {
            let condition = SchemaWords.condition(conditional.condition)
            switch (conditional.then, conditional.otherwise) {
            case let (then?, otherwise?): parts.append("if \(condition), then \(SchemaWords.demand(then)); otherwise \(SchemaWords.demand(otherwise))")
            case let (then?, nil): parts.append("if \(condition), then \(SchemaWords.demand(then))")
            case let (nil, otherwise?): parts.append("unless \(condition), \(SchemaWords.demand(otherwise))")
            case (nil, nil): break
            }
        }
        if let not = schema.not, !schema.isNever { parts.append("must not be " + SchemaWords.summary(not)) }
        if schema.readOnly == true { parts.append("read-only") }
        if schema.writeOnly == true { parts.append("write-only") }
        if schema.deprecated == true { parts.append("deprecated") }
        return parts
    }

    static func number(_ value: Double) -> String { JSONValue.number(value).compactText }
}
