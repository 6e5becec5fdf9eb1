import SpeccIR

/// A diff rule: a stable id, its level, and what it reports.
public struct Rule: Sendable, Hashable {
    public let id: String
    public let level: Level
    public let summary: String
}

/// Every rule `specc diff` can report (`specc diff --list-rules`).
///
/// Schema rules are one comparison applied on both sides of the wire: each exists as a `request-`
/// and a `response-` rule whose levels mirror each other (narrowing breaks requests, widening
/// breaks responses), so the catalogue's breadth comes from the comparison, not from repetition.
public enum RuleCatalog {
    public static let all: [Rule] = (operationRules + schemaRules).sorted { $0.id < $1.id }

    private static let levels: [String: Level] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.level) })

    static func level(_ id: String) -> Level {
        guard let level = levels[id] else { preconditionFailure("specc: rule \(id) is not in the catalogue") }
        return level
    }

    /// The rules `--closed-enums` makes breaking: a value a closed client cannot decode.
    static let closedEnumRules: Set<String> = ["response-enum-value-added", "response-discriminated-alternative-added"]

    /// How a schema change reads on each side of the wire.
    struct SchemaChange {
        let name: String
        let request: Level
        let response: Level
        let summary: String

        /// A change that lets fewer values through.
        static func narrowing(_ name: String, _ summary: String) -> SchemaChange {
            SchemaChange(name: name, request: Direction.request.narrowing, response: Direction.response.narrowing, summary: summary)
        }

        /// A change that lets more values through.
        static func widening(_ name: String, _ summary: String) -> SchemaChange {
            SchemaChange(name: name, request: Direction.request.widening, response: Direction.response.widening, summary: summary)
        }
    }

    static let schemaChanges: [SchemaChange] = {
        var changes: [SchemaChange] = [
            SchemaChange(name: "type-changed", request: .breaking, response: .breaking, summary: "The type changed to an unrelated one."),
            .widening("type-widened", "The type now admits more (a type added, integer to number, a type constraint removed)."),
            .narrowing("type-narrowed", "The type admits less (a type removed, number to integer, a type constraint added)."),
            .widening("nullable-added", "null became allowed."),
            .narrowing("nullable-removed", "null is no longer allowed."),
            .narrowing("format-added", "A format was added."),
            .widening("format-removed", "The format was removed."),
            SchemaChange(name: "format-changed", request: .breaking, response: .breaking, summary: "The format changed."),
            SchemaChange(name: "format-annotation-changed", request: .info, response: .info,
                         summary: "A format no validator knows (a custom one such as unixtime) was added, removed or changed: nothing changes on the wire."),
            // Clients must tolerate a value they do not know (specc's decode it as `undocumented`);
            // `--closed-enums` makes a new response value breaking, for clients that cannot.
            SchemaChange(name: "enum-value-added", request: .info, response: .warning,
                         summary: "An enum value was added (in a response: breaking with --closed-enums)."),
            .narrowing("enum-value-removed", "An enum value was removed."),
            .narrowing("enum-added", "The values became restricted to an enum."),
            .widening("enum-removed", "The enum restriction was removed."),
            .narrowing("const-added", "The value became a constant."),
            .widening("const-removed", "The constant restriction was removed."),
            SchemaChange(name: "const-changed", request: .breaking, response: .breaking, summary: "The constant value changed."),
            .narrowing("pattern-added", "A pattern was added."),
            .widening("pattern-removed", "The pattern was removed."),
            SchemaChange(name: "pattern-changed", request: .breaking, response: .breaking, summary: "The pattern changed."),
            .narrowing("multiple-of-added", "multipleOf was added."),
            .widening("multiple-of-removed", "multipleOf was removed."),
            SchemaChange(name: "multiple-of-changed", request: .breaking, response: .breaking, summary: "multipleOf changed."),
            .narrowing("unique-items-added", "Items must now be unique."),
            .widening("unique-items-removed", "Items no longer need to be unique."),
            .narrowing("property-added-required", "A required property was added."),
            SchemaChange(name: "property-added", request: .info, response: .info, summary: "An optional property was added."),
            // Clients must already tolerate an absent optional property.
            SchemaChange(name: "property-removed", request: .warning, response: .warning, summary: "An optional property was removed."),
            SchemaChange(name: "required-property-removed", request: .warning, response: .breaking, summary: "A required property was removed."),
            // Old payloads that send it now fail the schema.
            SchemaChange(name: "closed-property-removed", request: .breaking, response: .warning,
                         summary: "A property was removed from a schema that takes no others (additionalProperties: false)."),
            .narrowing("property-became-required", "A property became required."),
            .widening("property-became-optional", "A property became optional."),
            .narrowing("property-became-read-only", "A property became readOnly: clients may no longer send it."),
            SchemaChange(name: "property-became-write-only", request: .info, response: .breaking, summary: "A property became writeOnly: servers no longer return it."),
            .narrowing("additional-properties-restricted", "Properties not listed are no longer allowed."),
            .widening("additional-properties-allowed", "Properties not listed became allowed."),
            .widening("one-of-alternative-added", "A oneOf alternative was added."),
            // A discriminated union names each variant, so a client can tell one it does not know
            // (as with an enum value); an undiscriminated one cannot.
            SchemaChange(name: "discriminated-alternative-added", request: .info, response: .warning,
                         summary: "A variant of a discriminated union was added (in a response: breaking with --closed-enums)."),
            // `anyOf: [{type: string}, {enum: [...]}]` documents known values of an open set.
            SchemaChange(name: "open-enum-value-added", request: .info, response: .info,
                         summary: "A known value was added to an open enum (any string was already allowed)."),
            .narrowing("one-of-alternative-removed", "A oneOf alternative was removed."),
            // Values both alternatives accept fail oneOf: fewer values pass.
            .narrowing("one-of-overlap-added", "Two oneOf alternatives can now both match one value, which oneOf rejects."),
            .widening("any-of-alternative-added", "An anyOf alternative was added."),
            .narrowing("any-of-alternative-removed", "An anyOf alternative was removed."),
            // A union where there was none keeps only the values its alternatives accept.
            .narrowing("one-of-added", "The value must now match exactly one of a oneOf's alternatives."),
            .widening("one-of-removed", "A oneOf was removed."),
            .narrowing("any-of-added", "The value must now match one of an anyOf's alternatives."),
            .widening("any-of-removed", "An anyOf was removed."),
            .narrowing("all-of-part-added", "An allOf part was added."),
            .widening("all-of-part-removed", "An allOf part was removed."),
            SchemaChange(name: "discriminator-changed", request: .breaking, response: .breaking, summary: "The discriminator's property or mapping changed."),
            SchemaChange(name: "default-changed", request: .breaking, response: .info, summary: "The default value changed: an omitted value now means something else."),
            SchemaChange(name: "property-deprecated", request: .info, response: .info, summary: "A property was deprecated."),
            SchemaChange(name: "property-removed-before-sunset", request: .breaking, response: .breaking,
                         summary: "A property was removed before its x-sunset date: it was promised until then."),
            SchemaChange(name: "property-sunset-brought-forward", request: .warning, response: .warning, summary: "A property's x-sunset date moved earlier."),
            .narrowing("items-forbidden", "An array position no longer allows an item (prefixItems with items: false, shorter)."),
            .widening("items-allowed", "An array position now allows an item (the array may be longer)."),
            .narrowing("contains-added", "The array must contain a matching item (contains)."),
            .widening("contains-removed", "The array no longer needs a matching item."),
            SchemaChange(name: "contains-changed", request: .breaking, response: .breaking, summary: "The contains schema counted against maxContains changed."),
            .narrowing("not-added", "A 'not' exclusion was added."),
            .widening("not-removed", "The 'not' exclusion was removed."),
            SchemaChange(name: "not-changed", request: .breaking, response: .breaking, summary: "The 'not' exclusion changed."),
            .narrowing("conditional-added", "An if/then/else rule was added."),
            .widening("conditional-removed", "The if/then/else rule was removed."),
            SchemaChange(name: "conditional-changed", request: .breaking, response: .breaking, summary: "The condition of an if/then/else rule changed."),
            .narrowing("dependent-required-added", "A property became required when another is present (dependentRequired)."),
            .widening("dependent-required-removed", "A property is no longer required when another is present."),
            .narrowing("dependent-schema-added", "A rule for objects with a property was added (dependentSchemas)."),
            .widening("dependent-schema-removed", "A rule for objects with a property was removed."),
            .narrowing("unevaluated-properties-restricted", "Properties no keyword describes are no longer allowed (unevaluatedProperties: false)."),
            .widening("unevaluated-properties-allowed", "Properties no keyword describes became allowed."),
            .narrowing("unevaluated-items-restricted", "Items no keyword describes are no longer allowed (unevaluatedItems: false)."),
            .widening("unevaluated-items-allowed", "Items no keyword describes became allowed."),
            .narrowing("pattern-property-added", "Properties matching a pattern became constrained (patternProperties)."),
            .widening("pattern-property-removed", "Properties matching a pattern are no longer constrained."),
            .narrowing("property-names-added", "Property names became constrained (propertyNames)."),
            .widening("property-names-removed", "Property names are no longer constrained."),
            SchemaChange(name: "content-encoding-changed", request: .breaking, response: .breaking, summary: "A string's contentEncoding changed: every value is written differently."),
            SchemaChange(name: "content-media-type-changed", request: .breaking, response: .breaking, summary: "A string's contentMediaType changed."),
            SchemaChange(name: "content-media-type-added", request: .info, response: .info, summary: "A string's contentMediaType is now documented."),
            SchemaChange(name: "content-media-type-removed", request: .info, response: .info, summary: "A string's contentMediaType is no longer documented."),
        ]
        // Bounds: tightening an upper bound or raising a lower one narrows; the reverse widens.
        for bound in Bound.all {
            changes += [
                .narrowing("\(bound.rule)-added", "\(bound.keyword) was added."),
                .widening("\(bound.rule)-removed", "\(bound.keyword) was removed."),
                .narrowing("\(bound.rule)-\(bound.isUpper ? "decreased" : "increased")", "\(bound.keyword) was \(bound.isUpper ? "lowered" : "raised")."),
                .widening("\(bound.rule)-\(bound.isUpper ? "increased" : "decreased")", "\(bound.keyword) was \(bound.isUpper ? "raised" : "lowered")."),
            ]
        }
        return changes
    }()

    private static let schemaRules: [Rule] = schemaChanges.flatMap { change in
        [Rule(id: "request-" + change.name, level: change.request, summary: "Request: " + change.summary),
         Rule(id: "response-" + change.name, level: change.response, summary: "Response: " + change.summary)]
    }

    private static let operationRules: [Rule] = [
        Rule(id: "operation-added", level: .info, summary: "An operation was added."),
        Rule(id: "tag-parent-changed", level: .info, summary: "A tag moved in the tag tree (its 3.2 parent changed): the docs' navigation changes, the API does not."),
        Rule(id: "operation-removed", level: .breaking, summary: "An operation was removed without being deprecated first."),
        Rule(id: "operation-removed-before-sunset", level: .breaking, summary: "A deprecated operation was removed before its x-sunset date."),
        Rule(id: "deprecated-operation-removed", level: .warning, summary: "A deprecated operation without an x-sunset date was removed."),
        Rule(id: "sunset-operation-removed", level: .info, summary: "A deprecated operation was removed after its x-sunset date."),
        Rule(id: "operation-deprecated", level: .info, summary: "An operation was deprecated."),
        Rule(id: "operation-undeprecated", level: .info, summary: "An operation is no longer deprecated."),
        Rule(id: "sunset-brought-forward", level: .warning, summary: "An operation's x-sunset date moved earlier."),
        Rule(id: "operation-id-changed", level: .source, summary: "The operationId changed: the generated Swift method is renamed."),
        Rule(id: "path-parameter-renamed", level: .source, summary: "A path parameter was renamed: the generated Swift argument label changes."),
        Rule(id: "request-parameter-added-required", level: .breaking, summary: "A required parameter was added."),
        Rule(id: "request-parameter-added", level: .info, summary: "An optional parameter was added."),
        Rule(id: "request-parameter-removed", level: .warning, summary: "A parameter was removed: the server ignores it now, and the generated Swift argument is gone."),
        Rule(id: "request-parameter-became-required", level: .breaking, summary: "A parameter became required."),
        Rule(id: "request-parameter-became-optional", level: .info, summary: "A parameter became optional."),
        Rule(id: "request-parameter-style-changed", level: .breaking, summary: "A parameter's style or explode changed: its serialisation differs."),
        Rule(id: "request-parameter-became-string", level: .source,
             summary: "A scalar parameter became a string: every value sent before is still valid on the wire, but the generated Swift argument's type changes."),
        Rule(id: "request-parameter-deprecated", level: .info, summary: "A parameter was deprecated."),
        Rule(id: "request-parameter-removed-before-sunset", level: .breaking, summary: "A parameter was removed before its x-sunset date: it was promised until then."),
        Rule(id: "request-parameter-sunset-brought-forward", level: .warning, summary: "A parameter's x-sunset date moved earlier."),
        Rule(id: "request-body-added-required", level: .breaking, summary: "A required request body was added."),
        Rule(id: "request-body-added", level: .info, summary: "An optional request body was added."),
        Rule(id: "request-body-removed", level: .warning, summary: "The request body was removed."),
        Rule(id: "request-body-became-required", level: .breaking, summary: "The request body became required."),
        Rule(id: "request-body-became-optional", level: .info, summary: "The request body became optional."),
        Rule(id: "request-media-type-added", level: .info, summary: "A request media type was added."),
        Rule(id: "request-media-type-removed", level: .breaking, summary: "A request media type was removed."),
        Rule(id: "response-status-added", level: .source, summary: "A response status was added: compatible on the wire, but the generated response enum gains a case."),
        Rule(id: "response-success-status-removed", level: .breaking, summary: "A success (2xx) response was removed."),
        Rule(id: "response-status-removed", level: .warning, summary: "A non-success response was removed."),
        Rule(id: "response-media-type-added", level: .info, summary: "A response media type was added."),
        Rule(id: "response-media-type-removed", level: .breaking, summary: "A response media type was removed."),
        Rule(id: "response-header-added", level: .info, summary: "A response header was added."),
        Rule(id: "response-link-added", level: .info, summary: "A response link was added."),
        Rule(id: "response-link-removed", level: .warning, summary: "A response link was removed: clients that follow it lose their next step."),
        Rule(id: "response-link-changed", level: .warning, summary: "A response link leads to another operation or passes other values."),
        Rule(id: "request-examples-changed", level: .info, summary: "A request body's examples were added, removed or changed."),
        Rule(id: "response-examples-changed", level: .info, summary: "A response body's examples were added, removed or changed."),
        Rule(id: "response-header-removed", level: .warning, summary: "An optional response header was removed."),
        Rule(id: "response-required-header-removed", level: .breaking, summary: "A required response header was removed."),
        Rule(id: "response-header-became-optional", level: .breaking, summary: "A response header is no longer always sent."),
        Rule(id: "security-requirement-added", level: .breaking, summary: "Credentials became required for an operation that allowed anonymous calls."),
        Rule(id: "security-requirement-removed", level: .info, summary: "An operation no longer requires credentials."),
        Rule(id: "security-alternative-added", level: .info, summary: "A new way to authenticate was added."),
        Rule(id: "security-alternative-removed", level: .breaking, summary: "A way to authenticate was removed."),
        Rule(id: "security-scope-added", level: .breaking, summary: "A required OAuth scope or role was added."),
        Rule(id: "security-scope-removed", level: .info, summary: "A required OAuth scope or role was removed."),
        Rule(id: "security-scheme-changed", level: .breaking, summary: "A security scheme in use changed its type, location, parameter name or HTTP scheme."),
        Rule(id: "security-scheme-deprecated", level: .info, summary: "A security scheme in use was deprecated (OpenAPI 3.2): clients should move to another."),
        Rule(id: "server-added", level: .info, summary: "A server was added."),
        Rule(id: "server-removed", level: .warning, summary: "A server was removed."),
        Rule(id: "default-server-changed", level: .warning, summary: "The first server changed: the generated client's default base URL differs."),
        Rule(id: "webhook-added", level: .info, summary: "A webhook was added."),
        Rule(id: "webhook-removed", level: .warning, summary: "A webhook was removed: consumers no longer receive it."),
        Rule(id: "callback-added", level: .info, summary: "A callback of an operation was added."),
        Rule(id: "callback-removed", level: .warning, summary: "A callback of an operation was removed: consumers no longer receive it."),
        Rule(id: "schema-added", level: .info, summary: "A named schema was added."),
        Rule(id: "schema-removed", level: .source, summary: "A named schema was removed: its generated Swift type is gone."),
        Rule(id: "schema-renamed", level: .source, summary: "A named schema was renamed with the same shape: nothing changes on the wire, but the generated Swift type is renamed."),
    ]
}

/// A numeric bound keyword, which way tightens it, and how to read it from a schema.
struct Bound: Sendable {
    let keyword: String
    let rule: String
    let isUpper: Bool
    let read: @Sendable (Schema) -> Double?

    static let all: [Bound] = [
        Bound(keyword: "maxLength", rule: "max-length", isUpper: true) { $0.string?.maxLength.map(Double.init) },
        Bound(keyword: "minLength", rule: "min-length", isUpper: false) { $0.string?.minLength.map(Double.init) },
        Bound(keyword: "maximum", rule: "maximum", isUpper: true) { $0.numeric?.maximum },
        Bound(keyword: "minimum", rule: "minimum", isUpper: false) { $0.numeric?.minimum },
        Bound(keyword: "exclusiveMaximum", rule: "exclusive-maximum", isUpper: true) { $0.numeric?.exclusiveMaximum },
        Bound(keyword: "exclusiveMinimum", rule: "exclusive-minimum", isUpper: false) { $0.numeric?.exclusiveMinimum },
        Bound(keyword: "maxItems", rule: "max-items", isUpper: true) { $0.array?.maxItems.map(Double.init) },
        Bound(keyword: "minItems", rule: "min-items", isUpper: false) { $0.array?.minItems.map(Double.init) },
        Bound(keyword: "maxProperties", rule: "max-properties", isUpper: true) { $0.object?.maxProperties.map(Double.init) },
        Bound(keyword: "minProperties", rule: "min-properties", isUpper: false) { $0.object?.minProperties.map(Double.init) },
        Bound(keyword: "maxContains", rule: "max-contains", isUpper: true) { $0.array?.maxContains.map(Double.init) },
        Bound(keyword: "minContains", rule: "min-contains", isUpper: false) { $0.array?.minContains.map(Double.init) },
    ]
}
