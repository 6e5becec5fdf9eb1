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
            case let (min?, nil): parts.append("at least \(min) characters")
            case let (nil, max?): parts.append("at most \(max) characters")
            default: break
            }
            if let pattern = string.pattern { parts.append("pattern \(MarkdownText.code(pattern))") }
            if let mediaType = string.contentMediaType { parts.append("content \(mediaType)") }
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
        }
        if let object = schema.object {
            if let min = object.minProperties { parts.append("at least \(min) properties") }
            if let max = object.maxProperties { parts.append("at most \(max) properties") }
            if case .inline(let extra)? = object.additionalProperties, extra.not != nil, !object.properties.isEmpty {
                parts.append("no other properties")
            }
        }
        if schema.readOnly == true { parts.append("read-only") }
        if schema.writeOnly == true { parts.append("write-only") }
        if schema.deprecated == true { parts.append("deprecated") }
        return parts
    }

    static func number(_ value: Double) -> String { JSONValue.number(value).compactText }
}
