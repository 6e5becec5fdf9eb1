import Foundation

/// Server URLs as the generated client's `URL(string:)!` will see them, on every platform.
enum ServerURL {
    /// Characters that may stand in a URL as written (RFC 3986 reserved and unreserved, and `%`).
    private static let legal = CharacterSet(charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%")

    /// The URL with illegal characters (a space, say) percent-encoded, or nil if it still does not
    /// parse (the client then defaults to `/`): the generated force-unwrap must never trap.
    static func parsable(_ url: String) -> String? {
        guard let encoded = url.addingPercentEncoding(withAllowedCharacters: legal), URL(string: encoded) != nil else { return nil }
        return encoded
    }
}
