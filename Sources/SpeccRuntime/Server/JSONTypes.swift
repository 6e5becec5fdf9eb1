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
        // Code point by code point: Swift's `==` would equate `é` with `e` and a combining accent.
        case (.string(let a), .string(let b)): a.unicodeScalars.elementsEqual(b.unicodeScalars)
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
