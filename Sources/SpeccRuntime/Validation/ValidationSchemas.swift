import Foundation

/// The schemas a generated server validates requests against: one JSON document, embedded in the
/// generated code, with named schemas under `$defs` and each operation's body and parameter
/// schemas under `entries` (`"createEvent body"`, `"getEvent path event_id"`).
@_spi(Generated) public final class ValidationSchemas: Sendable {
    let registry: SchemaRegistry
    private let entries: [String: Entry]
    private let definitions: [String: AnyJSON]

    /// A schema the generator wrote: its JSON, for reading keywords such as `type` while parsing
    /// a parameter, and its compiled form, for validating.
    struct Entry: Sendable {
        let json: AnyJSON
        let node: SchemaNode
    }

    /// The document's base URI; `$ref`s the generator writes are fragments (`#/$defs/Name`).
    static let base = "urn:specc:validation-schemas"

    /// Parses and compiles the embedded document; the generator wrote it, so a failure is a
    /// generator bug.
    public init(json: String) {
        guard case .object(let root)? = try? JSONCoding.decode(AnyJSON.self, from: Data(json.utf8)) else {
            preconditionFailure("specc: the embedded validation schemas are not a JSON object")
        }
        var written: [String: AnyJSON] = [:]
        if case .object(let members)? = root["entries"] { written = members }
        func uri(_ key: String) -> String { Self.base + "#/entries/" + Pointer.escape(key).replacingOccurrences(of: "%", with: "%25") }
        let registry = SchemaRegistry(documents: [(Self.base, .object(root))], entryPoints: written.keys.map(uri))
        var entries: [String: Entry] = [:]
        for (key, schema) in written {
            if let node = registry.node(at: uri(key)) { entries[key] = Entry(json: schema, node: node) }
        }
        if case .object(let members)? = root["$defs"] { definitions = members } else { definitions = [:] }
        self.registry = registry
        self.entries = entries
    }

    /// The schema the generator wrote under `key`; a key it did not write is the generator's
    /// fault, answered with a 500 rather than a request let through unchecked.
    func requiredEntry(_ key: String) throws -> Entry {
        guard let entry = entries[key] else {
            throw RequestRejection(status: 500, title: "Internal Server Error", detail: "The server has no schema for '\(key)'.")
        }
        return entry
    }

    /// The compiled schema a reference within the document names (`#/$defs/Pet`).
    func node(_ reference: String) -> SchemaNode? {
        registry.node(at: URIReference(Self.base).resolving(URIReference(reference)).text)
    }

    /// `#/$defs/Name` (the only form the generator writes), as JSON.
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
}
