import SpeccIR
/// What Swift code to generate besides the models both sides share.
public struct SwiftOutputs: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let client = SwiftOutputs(rawValue: 1)
    public static let server = SwiftOutputs(rawValue: 2)
}

/// How generated Swift is written.
public struct SwiftOptions: Sendable {
    public enum Access: String, CaseIterable, Sendable {
        case `public`, package, `internal`
    }

    public enum Layout: Sendable {
        /// `<spec>/models/<Schema>.swift` (one per named schema), `<spec>/client/Client.swift`,
        /// `<spec>/server/Server.swift`: many files, so a large API compiles in parallel.
        case folders
        /// Exactly `Types.swift`, `Client.swift` and `Server.swift`, each present even when empty:
        /// the fixed output list a SwiftPM build-tool plugin must declare before generating.
        case bundle
    }

    public var outputs: SwiftOutputs
    public var access: Access
    public var layout: Layout
    /// Schema name → the Swift type name to use instead of the derived one, or (qualified, as
    /// `Foundation.UUID`) an existing type used instead of a generated one.
    public var typeNames: [String: String]
    /// `format` → an existing Swift type its values decode as (`uuid` → `Foundation.UUID`).
    public var formatTypes: [String: String] = [:]
    /// Only these operations (and the schemas they reach); nil for all of them.
    public var filter: OperationFilter?
    /// Comment lines every generated file carries under its header (`swiftlint:disable all`).
    public var additionalFileComments: [String] = []

    public init(outputs: SwiftOutputs = [.client, .server], access: Access = .public, layout: Layout = .folders, typeNames: [String: String] = [:]) {
        self.outputs = outputs
        self.access = access
        self.layout = layout
        self.typeNames = typeNames
    }
}
