import Foundation

/// The schemas a generated server validates requests against: one JSON document, embedded in the
/// generated code, with named schemas under `$defs` and each operation's body and parameter
/// schemas under `entries` (`"createEvent body"`, `"getEvent path event_id"`).
@_spi(Generated) public final class ValidationSchemas: Sendable {
    let definitions: [String: AnyJSON]
    let entries: [String: AnyJSON]
    private let regexes: RegexCache

    /// Parses the embedded document; the generator wrote it, so a failure is a generator bug.
    public init(json: String) {
        guard case .object(let root)? = try? JSONCoding.decode(AnyJSON.self, from: Data(json.utf8)) else {
            preconditionFailure("specc: the embedded validation schemas are not a JSON object")
        }
        if case .object(let definitions)? = root["$defs"] { self.definitions = definitions } else { definitions = [:] }
        if case .object(let entries)? = root["entries"] { self.entries = entries } else { entries = [:] }
        regexes = RegexCache()
    }

    func entry(_ key: String) -> AnyJSON? { entries[key] }

    /// The schema the generator wrote under `key`; a key it did not write is the generator's
    /// fault, answered with a 500 rather than a request let through unchecked.
    func requiredEntry(_ key: String) throws -> AnyJSON {
        guard let schema = entries[key] else {
            throw RequestRejection(status: 500, title: "Internal Server Error", detail: "The server has no schema for '\(key)'.")
        }
        return schema
    }

    /// `#/$defs/Name` (the only form the generator writes).
    func resolve(_ reference: String) -> AnyJSON? {
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix) else { return nil }
        let name = String(reference.dropFirst(prefix.count))
            .replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        return definitions[name]
    }

    /// A schema with its `$ref` followed, for reading keywords such as `type` and `properties`.
    func dereferenced(_ schema: AnyJSON?, depth: Int = 0) -> [String: AnyJSON] {
        guard case .object(let keywords)? = schema else { return [:] }
        if depth < 32, case .string(let reference)? = keywords["$ref"] {
            return dereferenced(resolve(reference), depth: depth + 1)
        }
        return keywords
    }

    /// ECMA-262 patterns compiled once; a pattern this platform cannot compile checks nothing.
    func regex(_ pattern: String) -> NSRegularExpression? { regexes.regex(pattern) }
}

private final class RegexCache: @unchecked Sendable {
    private var compiled: [String: NSRegularExpression?] = [:]
    private let lock = NSLock()

    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.withLock {
            if let cached = compiled[pattern] { return cached }
            let regex = try? NSRegularExpression(pattern: pattern)
            compiled[pattern] = regex
            return regex
        }
    }
}
