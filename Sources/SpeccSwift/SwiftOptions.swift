import SpeccIR

/// Which parts of the Swift code to generate.
public struct SwiftOutputs: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The models, the API protocol and each operation's response enum: what the client and the
    /// server share, and what a models-only module holds.
    public static let types = SwiftOutputs(rawValue: 4)
    public static let client = SwiftOutputs(rawValue: 1)
    public static let server = SwiftOutputs(rawValue: 2)
}

/// How generated Swift is written.
public struct SwiftOptions: Sendable {
    public enum Access: String, CaseIterable, Sendable {
        case `public`, package, `internal`
    }

    public enum Layout: Sendable, Equatable {
        /// `<spec>/models/<Schema>.swift` (one per named schema), `<spec>/client/Client.swift`,
        /// `<spec>/server/Server.swift`: many files, so a large API compiles in parallel.
        case folders
        /// Exactly `Types_0.swift` … `Types_<n-1>.swift`, `Client.swift` and `Server.swift`, each
        /// present even when empty: the fixed output list a SwiftPM build-tool plugin must declare
        /// before generating. The types are spread over `typesFiles` files by a stable hash of each
        /// schema's name (adding a schema moves no other), so the compiler can work on several at
        /// once; with one file it is plain `Types.swift`.
        case bundle(typesFiles: Int)

        public static let bundle = Layout.bundle(typesFiles: 1)
        /// The counts `typesFiles` may take (the build plugin's default is one per 64 KiB of spec).
        public static let typesFilesRange = 1...64
    }

    public var outputs: SwiftOutputs
    public var access: Access
    public var layout: Layout
    /// Schema name → the Swift type name to use instead of the derived one, or (qualified, as
    /// `Foundation.UUID`) an existing type used instead of a generated one.
    public var typeNames: [String: String]
    /// Schema name → an existing Swift type used wherever the schema is, none generated for it.
    public var existingTypes: [String: String] = [:]
    /// `format` → an existing Swift type its values decode as (`uuid` → `Foundation.UUID`).
    public var formatTypes: [String: String] = [:]
    /// Only these operations (and the schemas they reach); nil for all of them.
    public var filter: OperationFilter?
    /// Comment lines every generated file carries under its header (`swiftlint:disable all`).
    public var additionalFileComments: [String] = []
    /// Modules every generated file imports besides specc's own (the module holding the types,
    /// when they are generated apart from the client).
    public var additionalImports: [String] = []
    /// How the spec's names become Swift names.
    public var naming = NamingRules()

    public init(outputs: SwiftOutputs = [.types, .client, .server], access: Access = .public, layout: Layout = .folders, typeNames: [String: String] = [:]) {
        self.outputs = outputs
        self.access = access
        self.layout = layout
        self.typeNames = typeNames
    }
}
