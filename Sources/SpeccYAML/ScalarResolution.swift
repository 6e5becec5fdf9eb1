/// The JSON-compatible value of a scalar.
///
/// specc resolves plain scalars by the YAML 1.2 core schema, not YAML 1.1, so that the classic
/// surprises do not corrupt an API description:
/// - `yes`, `no`, `on`, `off`, `y`, `n` stay strings (YAML 1.1 made them booleans; Norway's `NO` survives).
/// - `0777`, `007`: a decimal with a leading zero is not a JSON number and YAML 1.1 read it as octal;
///   specc keeps it as the string `"0777"` so that a zip code or an id is never silently changed.
///   `0o17` and `0x1F` are integers, as YAML 1.2 says.
/// - `1e3`, `1.5E-3`: floats (YAML 1.1 required a dot and read `1e3` as a string).
/// - `~`, `null`, `Null`, `NULL` and an empty plain scalar are null; `true`/`True`/`TRUE` and the false forms are booleans.
/// - `.inf`, `-.inf`, `.nan` are floats (JSON cannot carry them; emitters decide what to do).
/// - Quoted and block scalars, and anything tagged `!!str`, are always strings.
///
/// Where OpenAPI wants a string (a version, a description, a key), the front end takes the scalar's
/// text verbatim, so `version: 1.10` stays `"1.10"` rather than becoming the number 1.1.
public enum ScalarValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case double(Double)
    case string(String)
}

extension YAMLNode {
    /// The scalar's JSON value, resolved as described on `ScalarValue`. Collections resolve to `.null`.
    public var resolved: ScalarValue {
        guard let text = scalar else { return .null }
        switch tag {
        case .string: return .string(text)
        case .null: return .null
        case .boolean: return ScalarResolver.bool(text).map(ScalarValue.bool) ?? .string(text)
        case .integer: return ScalarResolver.integer(text).map(ScalarValue.integer) ?? .string(text)
        case .float: return ScalarResolver.number(text) ?? .string(text)
        case .none, .other:
            guard style == .plain else { return .string(text) }
            return ScalarResolver.resolvePlain(text)
        }
    }
}

extension YAMLNode {
    /// Whether `resolved` is `.null` for this scalar, read from its bytes: asked of every string
    /// the front end reads, which would otherwise be built twice (once to resolve, once to keep).
    public var resolvesToNull: Bool {
        let record = record
        guard record.kind == .scalar else { return false }
        switch tag {
        case .null: return true
        case .none, .other:
            guard style == .plain else { return false }
            return document.text.withUnsafeBufferPointer { text in
                let bytes = UnsafeBufferPointer(rebasing: text[Int(record.start)..<Int(record.start) + Int(record.count)])
                return bytes.isEmpty || ScalarResolver.nullSpellings.contains { $0.elementsEqual(bytes) }
            }
        case .string, .boolean, .integer, .float: return false
        }
    }
}

enum ScalarResolver {
    /// The plain scalars YAML 1.2's core schema reads as null, besides the empty one.
    static let nullSpellings: [[UInt8]] = ["~", "null", "Null", "NULL"].map { Array($0.utf8) }

    static func resolvePlain(_ text: String) -> ScalarValue {
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            if nullSpellings.contains(where: { $0.elementsEqual(text.utf8) }) { return .null }
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            if let value = bool(text) { return .bool(value) }
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            if let value = number(text) { return value }
        default:
            break
        }
        return .string(text)
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    static func integer(_ text: String) -> Int? {
        if case .integer(let value)? = number(text) { return value }
        return nil
    }

    /// YAML 1.2 core-schema numbers, minus leading-zero decimals (see `ScalarValue`).
    static func number(_ text: String) -> ScalarValue? {
        if let value = plainInteger(text) { return .integer(value) }
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        switch digits {
        case ".inf", ".Inf", ".INF": return .double(negative ? -.infinity : .infinity)
        case ".nan", ".NaN", ".NAN": return text.first == "-" || text.first == "+" ? nil : .double(.nan)
        default: break
        }
        if digits.hasPrefix("0x"), !negative, text.first != "+" {
            return Int(digits.dropFirst(2), radix: 16).map(ScalarValue.integer)
        }
        if digits.hasPrefix("0o"), !negative, text.first != "+" {
            return Int(digits.dropFirst(2), radix: 8).map(ScalarValue.integer)
        }
        guard !digits.isEmpty, isDecimalNumber(digits.utf8) else { return nil }
        let integerPart = digits.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if integerPart.count > 1, integerPart.first == UInt8(ascii: "0") { return nil }
        if integerPart.count == digits.utf8.count, let value = Int(text) {
            return .integer(value)
        }
        return Double(text).map(ScalarValue.double)
    }

    /// The common case on bytes: an optional sign and up to 18 decimal digits, no leading zero,
    /// which `number`'s general path reads the same (a spec's `maxLength: 5000`, by the thousand).
    private static func plainInteger(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var index = 0
            let negative = bytes.first == UInt8(ascii: "-")
            if negative || bytes.first == UInt8(ascii: "+") { index = 1 }
            let count = bytes.count - index
            guard count >= 1, count <= 18, count == 1 || bytes[index] != UInt8(ascii: "0") else { return nil }
            var value = 0
            while index < bytes.count {
                let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                guard digit >= 0, digit <= 9 else { return nil }
                value = value * 10 + digit
                index += 1
            }
            return negative ? -value : value
        }
    }

    /// `[0-9]*(\.[0-9]*)?([eE][-+]?[0-9]+)?` with at least one digit before the exponent.
    private static func isDecimalNumber(_ bytes: Substring.UTF8View) -> Bool {
        var index = bytes.startIndex
        var mantissaDigits = 0
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        while index < bytes.endIndex, isDigit(bytes[index]) { mantissaDigits += 1; index = bytes.index(after: index) }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            while index < bytes.endIndex, isDigit(bytes[index]) { mantissaDigits += 1; index = bytes.index(after: index) }
        }
        guard mantissaDigits > 0 else { return false }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index = bytes.index(after: index)
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                index = bytes.index(after: index)
            }
            var exponentDigits = 0
            while index < bytes.endIndex, isDigit(bytes[index]) { exponentDigits += 1; index = bytes.index(after: index) }
            guard exponentDigits > 0 else { return false }
        }
        return index == bytes.endIndex
    }
}
