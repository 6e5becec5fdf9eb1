/// How the spec's names (schemas, properties, operationIds, parameters, enum values) become Swift
/// names, chosen in `specc-config.yaml` (`namingStrategy`, `nameOverrides`).
public struct NamingRules: Sendable, Equatable {
    public enum Strategy: String, CaseIterable, Sendable {
        /// Words joined in camel case: `event_category` → `EventCategory` (a type) and
        /// `eventCategory` (a member); `X-Request-ID` → `xRequestID`. Names that come out the same
        /// are numbered (`name`, `name2`).
        case idiomatic
        /// The spec's name kept character for character, with each character a Swift identifier
        /// cannot hold (anything but ASCII letters, digits and `_`) written as `_`, and `_` before
        /// a leading digit: `event_category` stays `event_category`, `X-Request-ID` is
        /// `X_Request_ID`. For specs whose names differ only in case or punctuation.
        case defensive
    }

    public var strategy: Strategy
    /// The spec's name → the Swift name written for it, verbatim, wherever that name becomes a
    /// Swift name (a schema's type, a property, an operation's method, an enum case, …).
    public var overrides: [String: String]

    public init(strategy: Strategy = .idiomatic, overrides: [String: String] = [:]) {
        self.strategy = strategy
        self.overrides = overrides
    }
}
