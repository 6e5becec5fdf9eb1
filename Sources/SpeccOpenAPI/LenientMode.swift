import SpeccDiagnostics

/// What a lenient read changes: violations of the specification's REQUIREDs that leave the
/// document readable become warnings, so `specc diff` can still review a real spec that breaks
/// them (a response without `description`, an operation without `responses`, a path parameter not
/// marked required). What cannot be read at all (YAML, unresolved `$ref`s, a field of the wrong
/// type, an unsupported version) stays an error.
enum LenientMode {
    /// The codes a lenient read demotes.
    static let change = SeverityChange(codes: [
        "missing-field", "path-parameter-required", "path-parameter-undeclared", "path-parameter-unused", "path-equivalent",
        "operation-id-duplicate", "parameter-duplicate", "response-duplicate", "tag-duplicate", "example-exclusive",
        "link-exclusive", "parameter-schema-content", "server-variable-default", "server-variable-undeclared",
    ], from: .error, to: .warning)
}
