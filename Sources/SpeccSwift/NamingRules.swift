/// How the spec's names (schemas, properties, operationIds, parameters, enum values) become Swift
/// names, chosen in `specc-config.yaml` (`namingStrategy`, `nameOverrides`).
public struct NamingRules: Sendable, Equatable {
    public enum Strategy: String, CaseIterable, Sendable {
        /// Words joined in camel case: `event_category` → `EventCategory` (a type) and
        /// `eventCategory` (a member); `X-Request-ID` → `xRequestID`. Names that come out the same
        /// are numbered (`name`, `name2`).
        case idiomatic
        /// The spec's name kept character for character but for the first letter's case (upper
        /// for a type, lower for a member, so a member never shadows a type), with each
        /// character a Swift identifier cannot hold (anything but ASCII letters, digits and `_`)
        /// written as `_`, and `_` before a leading digit: `event_category` is the type
        /// `Event_category` and the member `event_category`, `X-Request-ID` the member
        /// `x_Request_ID`. For specs whose names differ only in punctuation or inner case.
        case defensive
    }

    public var strategy: Strategy
    /// The spec's name → the Swift name written for it, verbatim, wherever that name becomes a
    /// Swift name (a schema's type, a property, an operation's method, an enum case, …).
    public var overrides: [String: String]

    /// Why `name` cannot be written for a spec name (a reserved word, a type generated code
    /// names), or nil when it can.
    public static func problem(withOverride name: String) -> String? {
        if SwiftNames.keywords.contains(name) || SwiftNames.unusableMembers[name] != nil { return "'\(name)' is a Swift keyword" }
        if SwiftNames.reservedTypes.contains(name) { return "'\(name)' is a type generated code uses (it would be shadowed)" }
        return nil
    }

    public init(strategy: Strategy = .idiomatic, overrides: [String: String] = [:]) {
        self.strategy = strategy
        self.overrides = overrides
    }
}
