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

/// The formats whose violations make a request unusable to the generated types.
enum Formats {
    static func problem(_ text: String, format: String) -> String? {
        switch format {
        case "date-time":
            DateParsing.iso8601(text) == nil ? "must be an RFC 3339 date-time (for example 2024-05-01T12:00:00Z)" : nil
        case "date":
            isDate(text) ? nil : "must be an RFC 3339 full-date (YYYY-MM-DD)"
        case "uuid":
            UUID(uuidString: text) == nil ? "must be a UUID" : nil
        default:
            nil
        }
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains(month) && (1...days[month - 1]).contains(day)
    }
}
