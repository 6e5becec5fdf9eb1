import Foundation

/// Server URLs from the spec's templates (`https://{region}.api.example.com/v1`), their variables
/// filled in: what the generated `Servers` functions return.
@_spi(Generated) public enum ServerURLs {
    /// `template` with each `{name}` replaced by its value; throws when the result is no URL.
    public static func url(_ template: String, variables: [(name: String, value: String)]) throws -> URL {
        var text = template
        for variable in variables {
            text = text.replacingOccurrences(of: "{\(variable.name)}", with: variable.value)
        }
        guard let url = URL(string: text) else { throw InvalidServerURL(url: text, template: template) }
        return url
    }
}

/// A server URL that does not parse once its variables are filled in (a value with a space, say).
public struct InvalidServerURL: Error, CustomStringConvertible, Sendable {
    public let url: String
    public let template: String

    public var description: String { "'\(url)' (from the server '\(template)') is not a valid URL" }
}
