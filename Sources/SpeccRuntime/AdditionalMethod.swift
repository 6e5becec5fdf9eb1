import HTTPTypes

extension HTTPRequest.Method {
    /// A method an OpenAPI 3.2 spec names under `additionalOperations` (`PURGE`, `LINK`). specc
    /// only generates calls for names that are RFC 9110 tokens, which is all this needs to hold.
    @_spi(Generated) public static func additional(_ name: String) -> Self {
        guard let method = Self(name) else { preconditionFailure("'\(name)' is not an HTTP method token") }
        return method
    }
}
