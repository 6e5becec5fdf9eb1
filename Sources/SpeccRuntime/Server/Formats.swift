import Foundation

/// The formats the validator asserts (JSON Schema leaves format assertion to implementations;
/// these are the ones whose violations make a request unusable or clearly wrong).
enum Formats {
    static func problem(_ text: String, format: String) -> String? {
        switch format {
        case "date-time":
            RFC3339.dateTime(text, strict: true) == nil ? "must be an RFC 3339 date-time (for example 2024-05-01T12:00:00Z)" : nil
        case "date":
            RFC3339.isFullDate(text) ? nil : "must be an RFC 3339 full-date (YYYY-MM-DD)"
        case "uuid":
            UUID(uuidString: text) == nil ? "must be a UUID" : nil
        case "email", "idn-email":
            isEmail(text) ? nil : "must be an email address"
        case "ipv4":
            isIPv4(text) ? nil : "must be an IPv4 address"
        case "ipv6":
            isIPv6(text) ? nil : "must be an IPv6 address"
        case "uri":
            isURI(text) ? nil : "must be an absolute URI"
        default:
            nil
        }
    }

    /// RFC 5321's shape: a local part and a domain around one unquoted `@`, no spaces or controls.
    static func isEmail(_ text: String) -> Bool {
        guard let at = text.lastIndex(of: "@") else { return false }
        let local = text[..<at], domain = text[text.index(after: at)...]
        guard !local.isEmpty, local.utf8.count <= 64, !domain.isEmpty, domain.utf8.count <= 255 else { return false }
        if local.hasPrefix("\"") {
            guard local.count >= 2, local.hasSuffix("\"") else { return false }
        } else {
            guard !local.contains("@"), !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
        }
        if domain.hasPrefix("["), domain.hasSuffix("]") {
            let literal = domain.dropFirst().dropLast()
            return isIPv4(String(literal)) || (literal.hasPrefix("IPv6:") && isIPv6(String(literal.dropFirst(5))))
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        let forbidden = Set(" \t\r\n\"(),:;<>@[\\]".unicodeScalars)
        let printable = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        let localAllowed = local.hasPrefix("\"") || local.unicodeScalars.allSatisfy { !forbidden.contains($0) }
        let domainAllowed = labels.allSatisfy { label in
            !label.isEmpty && label.utf8.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { !forbidden.contains($0) }
        }
        return printable && localAllowed && domainAllowed
    }

    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
                && (part == "0" || !part.hasPrefix("0")) && Int(part).map { $0 <= 255 } == true
        }
    }

    static func isIPv6(_ text: String) -> Bool {
        var address = in6_addr()
        return text.withCString { inet_pton(AF_INET6, $0, &address) } == 1
    }

    /// An absolute URI: a scheme (`letter *( letter / digit / + / - / . )`), a colon, and no spaces.
    static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isASCII, first.isLetter else { return false }
        let scheme = text[..<colon]
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !"<>\"{}|\\^`".unicodeScalars.contains($0) }
    }
}
