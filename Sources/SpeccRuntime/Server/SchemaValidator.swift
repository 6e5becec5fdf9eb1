import Foundation

/// Checks a JSON value against a JSON Schema 2020-12 subschema of a `ValidationSchemas` document:
/// the assertion vocabulary (types, enum/const, numeric and string bounds, patterns, array and
/// object shapes, composition, `if`/`then`/`else`, local `$ref`) and the `date-time`, `date` and
/// `uuid` formats. Annotations are ignored.
struct SchemaValidator {
    let schemas: ValidationSchemas
    /// Requests may leave out required `readOnly` properties; responses may leave out `writeOnly` ones.
    let direction: Direction

    enum Direction { case request, response }

    func validate(_ value: AnyJSON, against schema: AnyJSON, at pointer: String = "") -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        check(value, schema, pointer, &issues, depth: 0)
        return issues
    }

    private func matches(_ value: AnyJSON, _ schema: AnyJSON, depth: Int) -> Bool {
        var issues: [ValidationIssue] = []
        check(value, schema, "", &issues, depth: depth + 1)
        return issues.isEmpty
    }

    private func check(_ value: AnyJSON, _ schema: AnyJSON, _ pointer: String, _ issues: inout [ValidationIssue], depth: Int) {
        // A schema cycle that never consumes input would recurse forever; the spec's own data
        // cannot nest this deep.
        guard depth < 256 else {
            issues.append(ValidationIssue(pointer: pointer, rule: "depth", detail: "is nested too deeply to validate"))
            return
        }
        let keywords: [String: AnyJSON]
        switch schema {
        case .bool(false):
            issues.append(ValidationIssue(pointer: pointer, rule: "false", detail: "is not allowed here"))
            return
        case .object(let members): keywords = members
        default: return
        }
        if case .string(let reference)? = keywords["$ref"], let target = schemas.resolve(reference) {
            check(value, target, pointer, &issues, depth: depth + 1)
        }
        if let types = keywords["type"], !JSONTypes.matches(value, types) {
            issues.append(ValidationIssue(pointer: pointer, rule: "type", detail: "must be \(JSONTypes.describe(types)), not \(JSONTypes.name(of: value))"))
            return
        }
        if case .array(let allowed)? = keywords["enum"], !allowed.contains(where: { JSONEquality.equal($0, value) }) {
            let list = allowed.prefix(10).map(JSONDisplay.compact).joined(separator: ", ")
            issues.append(ValidationIssue(pointer: pointer, rule: "enum", detail: "must be one of \(list)\(allowed.count > 10 ? ", …" : ""); got \(JSONDisplay.compact(value, limit: 60))"))
        }
        if let constant = keywords["const"], !JSONEquality.equal(constant, value) {
            issues.append(ValidationIssue(pointer: pointer, rule: "const", detail: "must be \(JSONDisplay.compact(constant))"))
        }
        switch value {
        case .int, .double: checkNumber(value, keywords, pointer, &issues)
        case .string(let text): checkString(text, keywords, pointer, &issues)
        case .array(let items): checkArray(items, keywords, pointer, &issues, depth: depth)
        case .object(let members): checkObject(members, keywords, pointer, &issues, depth: depth)
        case .null, .bool: break
        }
        checkComposition(value, keywords, pointer, &issues, depth: depth)
    }

    private func checkNumber(_ value: AnyJSON, _ keywords: [String: AnyJSON], _ pointer: String, _ issues: inout [ValidationIssue]) {
        guard let number = JSONTypes.number(value) else { return }
        let text = JSONDisplay.compact(value)
        if let minimum = keywords["minimum"].flatMap(JSONTypes.number), number < minimum {
            issues.append(ValidationIssue(pointer: pointer, rule: "minimum", detail: "must be at least \(JSONDisplay.number(minimum)); got \(text)"))
        }
        if let maximum = keywords["maximum"].flatMap(JSONTypes.number), number > maximum {
            issues.append(ValidationIssue(pointer: pointer, rule: "maximum", detail: "must be at most \(JSONDisplay.number(maximum)); got \(text)"))
        }
        if let bound = keywords["exclusiveMinimum"].flatMap(JSONTypes.number), number <= bound {
            issues.append(ValidationIssue(pointer: pointer, rule: "exclusiveMinimum", detail: "must be greater than \(JSONDisplay.number(bound)); got \(text)"))
        }
        if let bound = keywords["exclusiveMaximum"].flatMap(JSONTypes.number), number >= bound {
            issues.append(ValidationIssue(pointer: pointer, rule: "exclusiveMaximum", detail: "must be less than \(JSONDisplay.number(bound)); got \(text)"))
        }
        if let divisor = keywords["multipleOf"].flatMap(JSONTypes.number), divisor > 0 {
            let quotient = number / divisor
            if abs(quotient - quotient.rounded()) > 1e-9 * max(1, abs(quotient)) {
                issues.append(ValidationIssue(pointer: pointer, rule: "multipleOf", detail: "must be a multiple of \(JSONDisplay.number(divisor)); got \(text)"))
            }
        }
    }

    private func checkString(_ text: String, _ keywords: [String: AnyJSON], _ pointer: String, _ issues: inout [ValidationIssue]) {
        // JSON Schema counts code points, not grapheme clusters or UTF-16 units.
        let length = text.unicodeScalars.count
        if case .int(let minimum)? = keywords["minLength"], length < minimum {
            issues.append(ValidationIssue(pointer: pointer, rule: "minLength", detail: "must be at least \(minimum) characters long; got \(length)"))
        }
        if case .int(let maximum)? = keywords["maxLength"], length > maximum {
            issues.append(ValidationIssue(pointer: pointer, rule: "maxLength", detail: "must be at most \(maximum) characters long; got \(length)"))
        }
        if case .string(let pattern)? = keywords["pattern"], let regex = schemas.regex(pattern),
           regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
            issues.append(ValidationIssue(pointer: pointer, rule: "pattern", detail: "must match the pattern \(pattern)"))
        }
        if case .string(let format)? = keywords["format"], let problem = Formats.problem(text, format: format) {
            issues.append(ValidationIssue(pointer: pointer, rule: "format", detail: problem))
        }
    }

    private func checkArray(_ items: [AnyJSON], _ keywords: [String: AnyJSON], _ pointer: String, _ issues: inout [ValidationIssue], depth: Int) {
        if case .int(let minimum)? = keywords["minItems"], items.count < minimum {
            issues.append(ValidationIssue(pointer: pointer, rule: "minItems", detail: "must have at least \(minimum) items; got \(items.count)"))
        }
        if case .int(let maximum)? = keywords["maxItems"], items.count > maximum {
            issues.append(ValidationIssue(pointer: pointer, rule: "maxItems", detail: "must have at most \(maximum) items; got \(items.count)"))
        }
        if case .bool(true)? = keywords["uniqueItems"] {
            // Hashing, not pairwise comparison: a 2 MB body can hold a million items.
            var seen = Set<AnyJSON>()
            for (index, item) in items.enumerated() where !seen.insert(JSONEquality.canonical(item)).inserted {
                issues.append(ValidationIssue(pointer: pointer, rule: "uniqueItems", detail: "must not repeat items; item \(index) repeats an earlier one"))
                break
            }
        }
        var prefixCount = 0
        if case .array(let prefix)? = keywords["prefixItems"] {
            prefixCount = prefix.count
            for (index, item) in items.enumerated() where index < prefix.count {
                check(item, prefix[index], pointer + "/\(index)", &issues, depth: depth + 1)
            }
        }
        if let itemSchema = keywords["items"] {
            for (index, item) in items.enumerated() where index >= prefixCount {
                check(item, itemSchema, pointer + "/\(index)", &issues, depth: depth + 1)
            }
        }
    }

    private func checkObject(_ members: [String: AnyJSON], _ keywords: [String: AnyJSON], _ pointer: String, _ issues: inout [ValidationIssue], depth: Int) {
        let properties: [String: AnyJSON]
        if case .object(let declared)? = keywords["properties"] { properties = declared } else { properties = [:] }
        if case .array(let required)? = keywords["required"] {
            for case .string(let name) in required where members[name] == nil && !exempt(properties[name]) {
                issues.append(ValidationIssue(pointer: pointer + "/" + Pointer.escape(name), rule: "required", detail: "is required"))
            }
        }
        if case .int(let minimum)? = keywords["minProperties"], members.count < minimum {
            issues.append(ValidationIssue(pointer: pointer, rule: "minProperties", detail: "must have at least \(minimum) properties; got \(members.count)"))
        }
        if case .int(let maximum)? = keywords["maxProperties"], members.count > maximum {
            issues.append(ValidationIssue(pointer: pointer, rule: "maxProperties", detail: "must have at most \(maximum) properties; got \(members.count)"))
        }
        var patterns: [(NSRegularExpression, AnyJSON)] = []
        if case .object(let declared)? = keywords["patternProperties"] {
            patterns = declared.keys.sorted().compactMap { key in schemas.regex(key).map { ($0, declared[key]!) } }
        }
        // Sorted, so issues come out in the same order on every run.
        for name in members.keys.sorted() {
            let value = members[name]!
            let location = pointer + "/" + Pointer.escape(name)
            if let nameSchema = keywords["propertyNames"], !matches(.string(name), nameSchema, depth: depth) {
                issues.append(ValidationIssue(pointer: location, rule: "propertyNames", detail: "is not an allowed property name"))
            }
            var matched = false
            if let schema = properties[name] {
                matched = true
                check(value, schema, location, &issues, depth: depth + 1)
            }
            for (regex, schema) in patterns where regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil {
                matched = true
                check(value, schema, location, &issues, depth: depth + 1)
            }
            if !matched, let additional = keywords["additionalProperties"] {
                if case .bool(false) = additional {
                    issues.append(ValidationIssue(pointer: location, rule: "additionalProperties", detail: "is not a known property"))
                } else {
                    check(value, additional, location, &issues, depth: depth + 1)
                }
            }
        }
    }

    /// A required property the other side owns: `readOnly` in requests, `writeOnly` in responses.
    private func exempt(_ property: AnyJSON?) -> Bool {
        guard case .object(var keywords)? = property else { return false }
        if case .string(let reference)? = keywords["$ref"], case .object(let target)? = schemas.resolve(reference) {
            keywords.merge(target) { own, _ in own }
        }
        switch direction {
        case .request: return keywords["readOnly"] == .bool(true)
        case .response: return keywords["writeOnly"] == .bool(true)
        }
    }

    private func checkComposition(_ value: AnyJSON, _ keywords: [String: AnyJSON], _ pointer: String, _ issues: inout [ValidationIssue], depth: Int) {
        if case .array(let all)? = keywords["allOf"] {
            for schema in all { check(value, schema, pointer, &issues, depth: depth + 1) }
        }
        if case .array(let any)? = keywords["anyOf"], !any.contains(where: { matches(value, $0, depth: depth) }) {
            issues.append(ValidationIssue(pointer: pointer, rule: "anyOf", detail: "must match at least one of \(any.count) alternatives"))
        }
        if case .array(let one)? = keywords["oneOf"] {
            let count = one.lazy.filter { matches(value, $0, depth: depth) }.prefix(2).count
            if count != 1 {
                issues.append(ValidationIssue(pointer: pointer, rule: "oneOf", detail: count == 0 ? "must match one of \(one.count) alternatives; it matches none" : "must match exactly one of \(one.count) alternatives; it matches several"))
            }
        }
        if let not = keywords["not"], matches(value, not, depth: depth) {
            issues.append(ValidationIssue(pointer: pointer, rule: "not", detail: "must not match the excluded schema"))
        }
        if let condition = keywords["if"] {
            if matches(value, condition, depth: depth) {
                if let then = keywords["then"] { check(value, then, pointer, &issues, depth: depth + 1) }
            } else if let otherwise = keywords["else"] {
                check(value, otherwise, pointer, &issues, depth: depth + 1)
            }
        }
    }
}

/// One way a value fails its schema: where (a JSON pointer into the value), which keyword, and why.
struct ValidationIssue: Sendable, Hashable {
    let pointer: String
    let rule: String
    let detail: String
}

/// RFC 6901 pointer tokens.
enum Pointer {
    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
