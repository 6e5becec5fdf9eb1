import Foundation

/// Checks a JSON value against a JSON Schema 2020-12 schema compiled into a `SchemaRegistry`:
/// every assertion and applicator keyword, `$ref` and `$dynamicRef` (with the dynamic scope),
/// `unevaluatedItems`/`unevaluatedProperties` (with the annotations each applicator collects),
/// and, when `assertsFormats`, the formats `Formats` knows. Other annotations are ignored.
struct SchemaValidator {
    let registry: SchemaRegistry
    /// Requests may leave out required `readOnly` properties; responses may leave out `writeOnly`
    /// ones. nil validates as plain JSON Schema does.
    let direction: Direction?
    /// JSON Schema makes `format` an annotation unless a validator opts in; a server opts in, so a
    /// malformed date is a 400 and not a handler's problem.
    var assertsFormats = true

    enum Direction { case request, response }

    init(schemas: ValidationSchemas, direction: Direction?) {
        registry = schemas.registry
        self.direction = direction
    }

    init(registry: SchemaRegistry, direction: Direction?) {
        self.registry = registry
        self.direction = direction
    }

    func validate(_ value: AnyJSON, against schema: SchemaNode, at pointer: String = "") -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        var scope: [Int] = []
        _ = check(value, schema, pointer, &issues, &scope, depth: 0)
        return issues
    }

    /// Which properties and items of the instance the schema's keywords evaluated, for
    /// `unevaluatedProperties` and `unevaluatedItems` (collected only when a schema uses them).
    private struct Evaluated {
        var properties: Set<String> = []
        var allProperties = false
        var itemPrefix = 0
        var allItems = false
        var containedItems: Set<Int> = []

        mutating func merge(_ other: Evaluated) {
            properties.formUnion(other.properties)
            allProperties = allProperties || other.allProperties
            itemPrefix = max(itemPrefix, other.itemPrefix)
            allItems = allItems || other.allItems
            containedItems.formUnion(other.containedItems)
        }
    }

    /// Whether `value` passes `schema`, with what it evaluated if it does.
    private func passes(_ value: AnyJSON, _ schema: SchemaNode, _ scope: inout [Int], depth: Int) -> Evaluated? {
        var issues: [ValidationIssue] = []
        let evaluated = check(value, schema, "", &issues, &scope, depth: depth + 1)
        return issues.isEmpty ? evaluated : nil
    }

    private func check(_ value: AnyJSON, _ node: SchemaNode, _ pointer: String, _ issues: inout [ValidationIssue],
                       _ scope: inout [Int], depth: Int) -> Evaluated {
        var evaluated = Evaluated()
        // A schema cycle that never consumes input would recurse forever; real data cannot nest
        // this deep.
        guard depth < 256 else {
            issues.append(ValidationIssue(pointer: pointer, rule: "depth", detail: "is nested too deeply to validate"))
            return evaluated
        }
        if let constant = node.constant {
            if !constant { issues.append(ValidationIssue(pointer: pointer, rule: "false", detail: "is not allowed here")) }
            return evaluated
        }
        let entersResource = scope.last != node.resourceID
        if entersResource { scope.append(node.resourceID) }
        defer { if entersResource { scope.removeLast() } }

        if let target = node.referenceTarget {
            evaluated.merge(check(value, target, pointer, &issues, &scope, depth: depth + 1))
        }
        if let target = dynamicTarget(of: node, scope) {
            evaluated.merge(check(value, target, pointer, &issues, &scope, depth: depth + 1))
        }
        if let types = node.types, !JSONTypes.matches(value, types) {
            issues.append(ValidationIssue(pointer: pointer, rule: "type", detail: "must be \(JSONTypes.describe(types)), not \(JSONTypes.name(of: value))"))
            return evaluated
        }
        if let allowed = node.enumValues, !allowed.contains(where: { JSONEquality.equal($0, value) }) {
            let list = allowed.prefix(10).map(JSONDisplay.compact).joined(separator: ", ")
            issues.append(ValidationIssue(pointer: pointer, rule: "enum", detail: "must be one of \(list)\(allowed.count > 10 ? ", …" : ""); got \(JSONDisplay.compact(value, limit: 60))"))
        }
        if let constant = node.constValue, !JSONEquality.equal(constant, value) {
            issues.append(ValidationIssue(pointer: pointer, rule: "const", detail: "must be \(JSONDisplay.compact(constant))"))
        }
        switch value {
        case .int, .double: checkNumber(value, node, pointer, &issues)
        case .string(let text): checkString(text, node, pointer, &issues)
        case .array(let items): checkArray(items, node, pointer, &issues, &scope, &evaluated, depth: depth)
        case .object(let members): checkObject(members, node, pointer, &issues, &scope, &evaluated, depth: depth)
        case .null, .bool: break
        }
        checkComposition(value, node, pointer, &issues, &scope, &evaluated, depth: depth)
        checkUnevaluated(value, node, pointer, &issues, &scope, &evaluated, depth: depth)
        return evaluated
    }

    /// `$dynamicRef` to a `$dynamicAnchor` means the outermost resource in the dynamic scope that
    /// has an anchor of that name (Core §8.2.3.2); otherwise it is a plain `$ref`.
    private func dynamicTarget(of node: SchemaNode, _ scope: [Int]) -> SchemaNode? {
        guard let target = node.dynamicTarget else { return nil }
        guard let name = node.dynamicAnchorName else { return target }
        for resource in scope {
            if let outermost = registry.dynamicAnchor(name, in: resource) { return outermost }
        }
        return target
    }

    private func checkNumber(_ value: AnyJSON, _ node: SchemaNode, _ pointer: String, _ issues: inout [ValidationIssue]) {
        guard let number = JSONTypes.number(value) else { return }
        let text = JSONDisplay.compact(value)
        if let minimum = node.minimum, number < minimum {
            issues.append(ValidationIssue(pointer: pointer, rule: "minimum", detail: "must be at least \(JSONDisplay.number(minimum)); got \(text)"))
        }
        if let maximum = node.maximum, number > maximum {
            issues.append(ValidationIssue(pointer: pointer, rule: "maximum", detail: "must be at most \(JSONDisplay.number(maximum)); got \(text)"))
        }
        if let bound = node.exclusiveMinimum, number <= bound {
            issues.append(ValidationIssue(pointer: pointer, rule: "exclusiveMinimum", detail: "must be greater than \(JSONDisplay.number(bound)); got \(text)"))
        }
        if let bound = node.exclusiveMaximum, number >= bound {
            issues.append(ValidationIssue(pointer: pointer, rule: "exclusiveMaximum", detail: "must be less than \(JSONDisplay.number(bound)); got \(text)"))
        }
        if let divisor = node.multipleOf, divisor > 0, !Self.isMultiple(value, of: divisor) {
            issues.append(ValidationIssue(pointer: pointer, rule: "multipleOf", detail: "must be a multiple of \(JSONDisplay.number(divisor)); got \(text)"))
        }
    }

    /// Exact for integers; for decimals, within rounding of the binary quotient. A quotient too
    /// large to hold is not a whole number this side can show.
    private static func isMultiple(_ value: AnyJSON, of divisor: Double) -> Bool {
        if case .int(let number) = value, divisor == divisor.rounded(), divisor < 9e18 {
            return number % Int(divisor) == 0
        }
        guard let number = JSONTypes.number(value) else { return true }
        let quotient = number / divisor
        guard quotient.isFinite else { return false }
        return abs(quotient - quotient.rounded()) <= 1e-9 * max(1, abs(quotient))
    }

    private func checkString(_ text: String, _ node: SchemaNode, _ pointer: String, _ issues: inout [ValidationIssue]) {
        // JSON Schema counts code points, not grapheme clusters or UTF-16 units.
        if node.minLength != nil || node.maxLength != nil {
            let length = text.unicodeScalars.count
            if let minimum = node.minLength, length < minimum {
                issues.append(ValidationIssue(pointer: pointer, rule: "minLength", detail: "must be at least \(minimum) \(minimum == 1 ? "character" : "characters") long; got \(length)"))
            }
            if let maximum = node.maxLength, length > maximum {
                issues.append(ValidationIssue(pointer: pointer, rule: "maxLength", detail: "must be at most \(maximum) \(maximum == 1 ? "character" : "characters") long; got \(length)"))
            }
        }
        if let pattern = node.pattern, !pattern.matches(text) {
            issues.append(ValidationIssue(pointer: pointer, rule: "pattern", detail: "must match the pattern \(pattern.source)"))
        }
        if assertsFormats, let format = node.format, let problem = Formats.problem(text, format: format) {
            issues.append(ValidationIssue(pointer: pointer, rule: "format", detail: problem))
        }
    }

    private func checkArray(_ items: [AnyJSON], _ node: SchemaNode, _ pointer: String, _ issues: inout [ValidationIssue],
                            _ scope: inout [Int], _ evaluated: inout Evaluated, depth: Int) {
        if let minimum = node.minItems, items.count < minimum {
            issues.append(ValidationIssue(pointer: pointer, rule: "minItems", detail: "must have at least \(minimum) items; got \(items.count)"))
        }
        if let maximum = node.maxItems, items.count > maximum {
            issues.append(ValidationIssue(pointer: pointer, rule: "maxItems", detail: "must have at most \(maximum) items; got \(items.count)"))
        }
        if node.uniqueItems {
            // Hashing, not pairwise comparison: a 2 MB body can hold a million items.
            var seen = Set<AnyJSON>()
            for (index, item) in items.enumerated() where !seen.insert(JSONEquality.canonical(item)).inserted {
                issues.append(ValidationIssue(pointer: pointer, rule: "uniqueItems", detail: "must not repeat items; item \(index) repeats an earlier one"))
                break
            }
        }
        var prefixCount = 0
        if let prefix = node.prefixItems {
            prefixCount = min(prefix.count, items.count)
            for index in 0..<prefixCount {
                _ = check(items[index], prefix[index], pointer + "/\(index)", &issues, &scope, depth: depth + 1)
            }
            evaluated.itemPrefix = max(evaluated.itemPrefix, prefixCount)
        }
        if let itemSchema = node.items {
            for index in items.indices where index >= prefixCount {
                if itemSchema.constant == false {
                    issues.append(ValidationIssue(pointer: pointer + "/\(index)", rule: "items", detail: "is one item too many: the array has at most \(prefixCount) \(prefixCount == 1 ? "item" : "items")"))
                    break
                }
                _ = check(items[index], itemSchema, pointer + "/\(index)", &issues, &scope, depth: depth + 1)
            }
            evaluated.allItems = true
        }
        if let contained = node.contains {
            var matching: [Int] = []
            for (index, item) in items.enumerated() where passes(item, contained, &scope, depth: depth) != nil {
                matching.append(index)
            }
            let minimum = node.minContains ?? 1
            if matching.count < minimum {
                issues.append(ValidationIssue(pointer: pointer, rule: minimum == 1 && node.minContains == nil ? "contains" : "minContains",
                                              detail: "must contain at least \(minimum) \(minimum == 1 ? "item" : "items") matching its `contains` schema; got \(matching.count)"))
            }
            if let maximum = node.maxContains, matching.count > maximum {
                issues.append(ValidationIssue(pointer: pointer, rule: "maxContains", detail: "must contain at most \(maximum) \(maximum == 1 ? "item" : "items") matching its `contains` schema; got \(matching.count)"))
            }
            if registry.tracksEvaluation { evaluated.containedItems.formUnion(matching) }
        }
    }

    private func checkObject(_ members: [String: AnyJSON], _ node: SchemaNode, _ pointer: String, _ issues: inout [ValidationIssue],
                             _ scope: inout [Int], _ evaluated: inout Evaluated, depth: Int) {
        let properties = node.properties ?? [:]
        for name in node.required where members[name] == nil && !exempt(properties[name]) {
            issues.append(ValidationIssue(pointer: pointer + "/" + Pointer.escape(name), rule: "required", detail: "is required"))
        }
        for (property, required) in node.dependentRequired where members[property] != nil {
            for name in required where members[name] == nil {
                issues.append(ValidationIssue(pointer: pointer + "/" + Pointer.escape(name), rule: "dependentRequired", detail: "is required when `\(property)` is present"))
            }
        }
        if let minimum = node.minProperties, members.count < minimum {
            issues.append(ValidationIssue(pointer: pointer, rule: "minProperties", detail: "must have at least \(minimum) properties; got \(members.count)"))
        }
        if let maximum = node.maxProperties, members.count > maximum {
            issues.append(ValidationIssue(pointer: pointer, rule: "maxProperties", detail: "must have at most \(maximum) properties; got \(members.count)"))
        }
        let tracking = registry.tracksEvaluation
        // Sorted, so issues come out in the same order on every run.
        for name in members.keys.sorted() {
            let value = members[name]!
            let location = pointer + "/" + Pointer.escape(name)
            if let nameSchema = node.propertyNames, passes(.string(name), nameSchema, &scope, depth: depth) == nil {
                issues.append(ValidationIssue(pointer: location, rule: "propertyNames", detail: "is not an allowed property name"))
            }
            var matched = false
            if let schema = properties[name] {
                matched = true
                _ = check(value, schema, location, &issues, &scope, depth: depth + 1)
            }
            for (pattern, schema) in node.patternProperties where pattern.matches(name) {
                matched = true
                _ = check(value, schema, location, &issues, &scope, depth: depth + 1)
            }
            if !matched, let additional = node.additionalProperties {
                matched = true
                if additional.constant == false {
                    issues.append(ValidationIssue(pointer: location, rule: "additionalProperties", detail: "is not a known property"))
                } else {
                    _ = check(value, additional, location, &issues, &scope, depth: depth + 1)
                }
            }
            if matched && tracking { evaluated.properties.insert(name) }
        }
        for (property, schema) in node.dependentSchemas where members[property] != nil {
            evaluated.merge(check(.object(members), schema, pointer, &issues, &scope, depth: depth + 1))
        }
    }

    /// A required property the other side owns: `readOnly` in requests, `writeOnly` in responses.
    private func exempt(_ property: SchemaNode?) -> Bool {
        guard let property, let direction else { return false }
        switch direction {
        case .request: return property.marked(\.readOnly)
        case .response: return property.marked(\.writeOnly)
        }
    }

    private func checkComposition(_ value: AnyJSON, _ node: SchemaNode, _ pointer: String, _ issues: inout [ValidationIssue],
                                  _ scope: inout [Int], _ evaluated: inout Evaluated, depth: Int) {
        let tracking = registry.tracksEvaluation
        if let all = node.allOf {
            for schema in all { evaluated.merge(check(value, schema, pointer, &issues, &scope, depth: depth + 1)) }
        }
        if let any = node.anyOf {
            var matched = false
            for schema in any {
                if let branch = passes(value, schema, &scope, depth: depth) {
                    matched = true
                    evaluated.merge(branch)
                    // Every matching branch's annotations count; without `unevaluated*` one is enough.
                    if !tracking { break }
                }
            }
            if !matched {
                issues.append(ValidationIssue(pointer: pointer, rule: "anyOf", detail: "must match at least one of \(any.count) alternatives"))
            }
        }
        if let one = node.oneOf {
            var matches: [Evaluated] = []
            for schema in one {
                if let branch = passes(value, schema, &scope, depth: depth) { matches.append(branch) }
                if matches.count > 1 { break }
            }
            if matches.count == 1 {
                evaluated.merge(matches[0])
            } else {
                issues.append(ValidationIssue(pointer: pointer, rule: "oneOf", detail: matches.isEmpty ? "must match one of \(one.count) alternatives; it matches none" : "must match exactly one of \(one.count) alternatives; it matches several"))
            }
        }
        if let not = node.not, passes(value, not, &scope, depth: depth) != nil {
            issues.append(ValidationIssue(pointer: pointer, rule: "not", detail: "must not match the excluded schema"))
        }
        if let condition = node.ifSchema {
            if let passed = passes(value, condition, &scope, depth: depth) {
                evaluated.merge(passed)
                if let then = node.thenSchema { evaluated.merge(check(value, then, pointer, &issues, &scope, depth: depth + 1)) }
            } else if let otherwise = node.elseSchema {
                evaluated.merge(check(value, otherwise, pointer, &issues, &scope, depth: depth + 1))
            }
        }
    }

    /// Runs last: it sees what every other keyword of this schema, and each subschema applied in
    /// place that passed, evaluated.
    private func checkUnevaluated(_ value: AnyJSON, _ node: SchemaNode, _ pointer: String, _ issues: inout [ValidationIssue],
                                  _ scope: inout [Int], _ evaluated: inout Evaluated, depth: Int) {
        if let schema = node.unevaluatedItems, case .array(let items) = value, !evaluated.allItems {
            for index in items.indices where index >= evaluated.itemPrefix && !evaluated.containedItems.contains(index) {
                if schema.constant == false {
                    issues.append(ValidationIssue(pointer: pointer + "/\(index)", rule: "unevaluatedItems", detail: "is not allowed here: no schema describes this item"))
                } else {
                    _ = check(items[index], schema, pointer + "/\(index)", &issues, &scope, depth: depth + 1)
                }
            }
            evaluated.allItems = true
        }
        if let schema = node.unevaluatedProperties, case .object(let members) = value, !evaluated.allProperties {
            for name in members.keys.sorted() where !evaluated.properties.contains(name) {
                let location = pointer + "/" + Pointer.escape(name)
                if schema.constant == false {
                    issues.append(ValidationIssue(pointer: location, rule: "unevaluatedProperties", detail: "is not a known property"))
                } else {
                    _ = check(members[name]!, schema, location, &issues, &scope, depth: depth + 1)
                }
            }
            evaluated.allProperties = true
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
