import SpeccIR
import SpeccTemplating

extension HTTPMethod {
    /// The `HTTPRequest.Method` a generated call passes: HTTPTypes' own member for the methods it
    /// names (`.get`, `.query`), SpeccRuntime's checked constructor for any other (`.additional("PURGE")`).
    var swiftExpression: String {
        isFixed ? ".\(field)" : ".additional(\(SwiftLiteral.string(name)))"
    }
}
