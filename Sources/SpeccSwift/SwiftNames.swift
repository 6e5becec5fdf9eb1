/// The one place Swift names are made: UpperCamel types, lowerCamel members, keywords escaped
/// only where Swift requires it, anything that is not an identifier character dropped at a word
/// boundary.
///
/// Where each kind of name goes:
/// - declarations (properties, enum cases, methods, parameters, locals) use `escaped`: a reserved
///   word in backticks (`` `default` ``); contextual keywords (`open`, `some`, `get`) stay bare;
/// - argument labels at a call site use `label`: bare, since Swift accepts every keyword there
///   but `inout` (and warns about needless backticks);
/// - `self` and `init` cannot be members at all (`x.self` is the value itself, `T.init` its
///   initialiser), so as member names they become `self_` and `init_`.
enum SwiftNames {
    /// The run's naming rules: set around one emission (`SwiftEmitter.emit`), read by every name
    /// made inside it, so the builders need not thread them through.
    @TaskLocal static var rules = NamingRules()

    /// Words Swift reserves in declarations and expressions (measured against swiftc 6: each fails
    /// bare as a property, parameter or local name).
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static",
        "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do",
        "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
    ]
    /// Names a member cannot have even in backticks, and what they become.
    static let unusableMembers: [String: String] = ["self": "self_", "init": "init_"]
    /// Type names a schema may not take: what generated code uses or declares (`RuntimeSymbol`,
    /// `GeneratedDeclaration`), and what Swift reserves (`Self`, `Any`, and `Type` and `Protocol`,
    /// which follow a type as its metatypes).
    static let reservedTypes: Set<String> = Set(RuntimeSymbol.allCases.map(\.name))
        .union(GeneratedDeclaration.allCases.map(\.name))
        .union(["Self", "Any", "Type", "Protocol", "Optional", "Array", "Dictionary", "Void", "Never", "Equatable",
                "Encodable", "Decodable", "Set", "Result"])

    /// The words of `text` joined in camel case: a word is a run of ASCII letters and digits,
    /// also ended before an uppercase letter that follows a lowercase one (`classId` → class,
    /// Id); anything else only separates words. Every word but a lower first one starts
    /// uppercase; a lower first word is lowercased whole if it has no lowercase letter (`ID` →
    /// `id`), otherwise in its first letter. Works on bytes, as no separator is part of a word:
    /// it runs for nearly every name.
    private static func joinedWords(_ text: String, lowerFirst: Bool) -> String {
        var text = text
        return text.withUTF8 { utf8 in
            var name: [UInt8] = []
            name.reserveCapacity(utf8.count)
            var index = 0
            while index < utf8.count {
                guard ASCII.isLetterOrDigit(utf8[index]) else {
                    index += 1
                    continue
                }
                let start = index
                var previousWasLower = false
                while index < utf8.count, ASCII.isLetterOrDigit(utf8[index]), !(previousWasLower && ASCII.isUpper(utf8[index])) {
                    previousWasLower = ASCII.isLower(utf8[index])
                    index += 1
                }
                let word = utf8[start..<index]
                if lowerFirst && name.isEmpty {
                    let lowerWhole = !word.contains(where: ASCII.isLower)
                    name.append(contentsOf: word.enumerated().map { offset, byte in lowerWhole || offset == 0 ? ASCII.lowered(byte) : byte })
                } else {
                    name.append(ASCII.uppered(word[start]))
                    name.append(contentsOf: word.dropFirst())
                }
            }
            return String(decoding: name, as: UTF8.self)
        }
    }

    /// `event_category` → `EventCategory`; `apps.secret` → `AppsSecret`.
    static func typeName(_ text: String) -> String {
        let rules = Self.rules
        if let override = rules.overrides[text] { return override }
        if rules.strategy == .defensive {
            // The first letter upper for types and lower for members, so that a member never
            // shadows a type inside its own declaration (`let pet: Pet` in `init(from:)`).
            let name = firstLetter(defensive(text), upper: true)
            return reservedTypes.contains(name) ? name + "Type" : name
        }
        // ASCII letters and digits, a letter first: the words are already joined, only the first
        // letter changes (what `words` would give, without splitting and joining strings).
        if isPlainIdentifier(text, firstLower: false) {
            let name = text.prefix(1).uppercased() + text.dropFirst()
            return reservedTypes.contains(name) ? name + "Type" : name
        }
        var name = joinedWords(text, lowerFirst: false)
        if name.isEmpty { name = "Value" }
        if name.first!.isNumber { name = "_" + name }
        return reservedTypes.contains(name) ? name + "Type" : name
    }

    /// `class_id` → `classId`; `X-Request-ID` → `xRequestID`; keywords escaped.
    static func memberName(_ text: String) -> String {
        let rules = Self.rules
        if let override = rules.overrides[text] { return escaped(override) }
        if rules.strategy == .defensive {
            let name = firstLetter(defensive(text), upper: false)
            return escaped(unusableMembers[name] ?? name)
        }
        // Already lowerCamelCase ASCII (`id`, `createdAt`): the name is the text.
        if isPlainIdentifier(text, firstLower: true) { return escaped(unusableMembers[text] ?? text) }
        var name = joinedWords(text, lowerFirst: true)
        if name.isEmpty { return "value" }
        if name.first!.isNumber { name = "_" + name }
        return escaped(unusableMembers[name] ?? name)
    }

    /// `X-Request-ID` → `X_Request_ID`, `2fa` → `_2fa`: every character kept or, where Swift
    /// allows none, an underscore.
    private static func defensive(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let allowed = scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            scalars.append(allowed ? scalar : "_")
        }
        var name = String(scalars)
        // `_` alone is not a name Swift lets a declaration have.
        if name.allSatisfy({ $0 == "_" }) { name += "value" }
        if name.first!.isNumber { name = "_" + name }
        return name
    }

    private static func firstLetter(_ name: String, upper: Bool) -> String {
        guard let first = name.first, first.isLetter else { return name }
        return (upper ? first.uppercased() : first.lowercased()) + name.dropFirst()
    }

    static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// `name` as an argument label at a call site (`f(extension: x)`), from its declared spelling.
    static func label(_ name: String) -> String {
        let bare = bare(name)
        return bare == "inout" ? "`inout`" : bare
    }

    /// The bare identifier, without backticks.
    static func bare(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }

    /// `ID` stays `id`, `URLValue` becomes `urlValue`, `Event` becomes `event`.
    /// Non-empty ASCII letters and digits, starting with a letter (a lowercase one if `firstLower`).
    private static func isPlainIdentifier(_ text: String, firstLower: Bool) -> Bool {
        guard let first = text.utf8.first else { return false }
        guard firstLower ? ASCII.isLower(first) : (ASCII.isLower(first) || ASCII.isUpper(first)) else { return false }
        return text.utf8.allSatisfy(ASCII.isLetterOrDigit)
    }
}

/// ASCII byte classes and case, for names made on bytes.
private enum ASCII {
    static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    static func isLetterOrDigit(_ byte: UInt8) -> Bool { isLower(byte) || isUpper(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) }
    static func lowered(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 32 : byte }
    static func uppered(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 32 : byte }
}

/// Hands out names unique within one scope, in request order: `name`, `name2`, `name3`.
struct NameScope {
    private var used: Set<String> = []

    init(reserved: [String] = []) {
        used = Set(reserved.map(SwiftNames.bare))
    }

    mutating func claim(_ name: String) -> String {
        let bare = SwiftNames.bare(name)
        var candidate = bare
        var suffix = 2
        while !used.insert(candidate).inserted {
            candidate = "\(bare)\(suffix)"
            suffix += 1
        }
        return candidate == bare ? name : SwiftNames.escaped(candidate)
    }
}
