/// The OpenAPI major.minor lines specc reads; the differences that matter are in schemas.
enum OpenAPIVersion: Equatable {
    case v3_0
    case v3_1

    /// `3.0.x` and `3.1.x` (a patch number is required by the spec).
    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].allSatisfy(\.isNumber), !parts[2].isEmpty || text.contains("-") else { return nil }
        switch (parts[0], parts[1]) {
        case ("3", "0"): self = .v3_0
        case ("3", "1"): self = .v3_1
        default: return nil
        }
    }
}
