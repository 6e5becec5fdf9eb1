import Foundation

/// JSON Schema's view of a JSON value's type: an integral number is an `integer` whichever way it
/// was written (`1.0` included), and every integer is a `number`.
enum JSONTypes {
    static func matches(_ value: AnyJSON, _ types: AnyJSON) -> Bool {
        switch types {
        case .string(let type): matches(value, type)
        case .array(let list): list.contains { if case .string(let type) = $0 { matches(value, type) } else { false } }
        default: true
        }
    }

    static func matches(_ value: AnyJSON, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): true
        case ("number", .int), ("number", .double), ("integer", .int): true
        case ("integer", .double(let number)): number.isFinite && number == number.rounded()
        default: false
        }
    }

    static func name(of value: AnyJSON) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    static func describe(_ types: AnyJSON) -> String {
        let names: [String]
        switch types {
        case .string(let type): names = [type]
        case .array(let list): names = list.compactMap { if case .string(let type) = $0 { type } else { nil } }
        default: names = []
        }
        let words = names.map { name in
            switch name {
            case "null": "null"
            case "integer", "object", "array": "an \(name)"
            default: "a \(name)"
            }
        }
        return words.count <= 1 ? words.first ?? "any value" : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }

    static func number(_ value: AnyJSON) -> Double? {
        switch value {
        case .int(let number): Double(number)
        case .double(let number): number
        default: nil
        }
    }
}

/// JSON equality as `enum` and `const` define it: `1` equals `1.0`, object key order is irrelevant.
enum JSONEquality {
    /// A form in which equal JSON values are equal `AnyJSON`s (integral numbers as `.int`), for
    /// hashing.
    static func canonical(_ value: AnyJSON) -> AnyJSON {
        switch value {
        case .double(let number) where number == number.rounded() && abs(number) < 9.2e18: .int(Int(number))
        case .array(let items): .array(items.map(canonical))
        case .object(let members): .object(members.mapValues(canonical))
        default: value
        }
    }

    static func equal(_ left: AnyJSON, _ right: AnyJSON) -> Bool {
        switch (left, right) {
        case (.array(let a), .array(let b)): a.count == b.count && zip(a, b).allSatisfy(equal)
        case (.object(let a), .object(let b)): a.count == b.count && a.allSatisfy { key, value in b[key].map { equal(value, $0) } ?? false }
        default:
            if let a = JSONTypes.number(left), let b = JSONTypes.number(right) { a == b } else { left == right }
        }
    }
}

/// Short renderings of values for problem details.
enum JSONDisplay {
    static func compact(_ value: AnyJSON) -> String { compact(value, limit: 200) }

    static func compact(_ value: AnyJSON, limit: Int) -> String {
        let text = (try? JSONCoding.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        return text.count > limit ? String(text.prefix(limit)) + "…" : text
    }

    static func number(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

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
