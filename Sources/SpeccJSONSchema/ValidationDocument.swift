import SpeccIR

/// One compact JSON document holding the schemas a generated server validates requests against:
/// `entries` maps a key (the server's own naming, such as `"createEvent body"`) to a schema, and
/// `$defs` holds every named schema those reach, referenced as `#/$defs/Name`. Annotations are
/// left out; keys are sorted, so the document is byte-for-byte stable (and pretty, for review).
public enum ValidationDocument {
    /// The document's UTF-8 text. Bytes, not a string: the tree is freed before the caller makes
    /// its literal, and on Stripe the tree and the text are megabytes each.
    public static func utf8(api: API, entries: [(key: String, schema: SchemaRef)]) -> [UInt8] {
        var converter = SchemaConverter(reference: { "#/$defs/" + escape($0) })
        converter.annotations = false
        let reached = api.namedSchemas(reachableFrom: entries.map(\.schema))
        let definitions = reached.map { JSONMember($0, converter.convert(api.schemas[$0]!)) }
        let document = JSONValue.object([
            JSONMember("$defs", .object(definitions)),
            JSONMember("entries", .object(entries.map { JSONMember($0.key, converter.convert($0.schema)) })),
        ])
        return document.sortedPrettyBytes
    }

    /// RFC 6901: a schema name with `/` or `~` stays one pointer token.
    private static func escape(_ name: String) -> String {
        var escaped = ""
        for character in name {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
