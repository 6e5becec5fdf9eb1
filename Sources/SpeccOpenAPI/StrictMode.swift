import SpeccDiagnostics

/// What `--strict` changes: the warnings for defects specc reads around become errors.
///
/// The rule for everything else: an error is a defect that keeps specc from generating correct
/// code or docs (a ref that does not resolve, a field of the wrong type, a path parameter with no
/// declaration); a warning is one it can generate around without guessing (a `$ref` where OpenAPI
/// allows none, resolved anyway; a link to an operation that does not exist, documented as
/// written). Strict mode is for specs that other tools must read too.
enum StrictMode {
    /// The codes strict mode promotes.
    static let change = SeverityChange(codes: [NonPortableRef.code, LinkTargetCheck.code], from: .warning, to: .error)
}
