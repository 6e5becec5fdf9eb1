import Foundation

/// Turns parameter text into JSON by the parameter's style and its schema's types, so the same
/// validator and decoder serve parameters and bodies. Text that is not of the schema's type stays
/// a string, and the validator reports it (`must be an integer, not a string`).
///
/// Input is raw, as it arrived: a style's delimiters are split on before percent-decoding, so an
/// encoded comma (`%2C`) inside an item stays in that item.
struct ParameterReader {
    let schemas: ValidationSchemas
    let name: String
    let style: SerializationStyle
    let explode: Bool
    let escaping: Escaping

    /// How the raw text is escaped where it came from.
    enum Escaping {
        /// Header values: as sent.
        case none
        /// Path segments: percent-encoded.
        case path
        /// Query strings and form bodies: percent-encoded, `+` for a space.
        case query
    }

    func text(_ raw: String) -> String {
        switch escaping {
        case .none: raw
        case .path: PercentDecoding.decode(raw)
        case .query: QueryString.decode(raw)
        }
    }

    func path(_ text: String, _ keywords: [String: AnyJSON]) -> AnyJSON {
        switch style {
        case .label:
            let body = text.hasPrefix(".") ? String(text.dropFirst()) : text
            return structured(explode ? body.components(separatedBy: ".") : body.components(separatedBy: ","), keywords, pairsJoined: explode)
        case .matrix:
            let prefix = ";\(name)="
            if keywords.isType("array") && explode {
                return structured(text.components(separatedBy: ";").filter { !$0.isEmpty }.map { $0.hasPrefix(name + "=") ? String($0.dropFirst(name.count + 1)) : $0 }, keywords, pairsJoined: false)
            }
            let body = text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : (text.hasPrefix(";") ? String(text.dropFirst()) : text)
            return structured(explode ? body.components(separatedBy: ";") : body.components(separatedBy: ","), keywords, pairsJoined: explode)
        default:
            return header(text, keywords)
        }
    }

    /// `simple` style: comma-separated items; objects as `k,v,…` or, exploded, `k=v,…`.
    func header(_ text: String, _ keywords: [String: AnyJSON]) -> AnyJSON {
        if keywords.isType("array") || keywords.isType("object") {
            return structured(text.components(separatedBy: ","), keywords, pairsJoined: explode)
        }
        return scalar(text, keywords)
    }

    func query(_ items: [(name: String, value: String)], _ keywords: [String: AnyJSON]) -> AnyJSON? {
        if keywords.isType("object") {
            if style == .deepObject {
                let prefix = name + "["
                let members = items.filter { $0.name.hasPrefix(prefix) && $0.name.hasSuffix("]") }
                    .map { (String($0.name.dropFirst(prefix.count).dropLast()), $0.value) }
                return members.isEmpty ? nil : object(members, keywords)
            }
            if explode {
                return form(items, keywords)
            }
        }
        let values = items.filter { $0.name == name }.map(\.value)
        guard !values.isEmpty else { return nil }
        if keywords.isType("array") {
            // `ids=` is the empty list, not a list of one empty item.
            if values == [""] { return .array([]) }
            if explode { return .array(values.map { scalar($0, item(keywords)) }) }
            // Raw delimiters as clients send them: `%20`, `+` or a space; `%7C` or `|`; a comma.
            let separators = style == .spaceDelimited ? ["%20", "+", " "] : style == .pipeDelimited ? ["%7C", "%7c", "|"] : [","]
            var joined = values.joined(separator: separators[0])
            for separator in separators.dropFirst() { joined = joined.replacingOccurrences(of: separator, with: separators[0]) }
            return .array(joined.components(separatedBy: separators[0]).map { scalar($0, item(keywords)) })
        }
        if keywords.isType("object") {
            return structured(values[0].components(separatedBy: ","), keywords, pairsJoined: false)
        }
        // A repeated scalar is not what the spec describes: let the validator say so.
        return values.count == 1 ? scalar(values[0], keywords) : .array(values.map { .string($0) })
    }

    /// OpenAPI 3.2's `cookie` style: like `form`, but over the `Cookie` header's pairs, as sent.
    /// Exploded, an array repeats the name (`id=1; id=2`) and an object's members are pairs of
    /// their own (`r=1; g=2`); otherwise one pair holds them comma-separated.
    func cookie(_ pairs: [(name: String, value: String)], _ keywords: [String: AnyJSON]) -> AnyJSON? {
        if explode, keywords.isType("object") { return form(pairs, keywords) }
        let values = pairs.filter { $0.name == name }.map(\.value)
        guard let first = values.first else { return nil }
        if explode, keywords.isType("array") { return .array(values.map { scalar($0, item(keywords)) }) }
        return header(first, keywords)
    }

    /// Form fields (exploded form style, or a form-encoded body): one field per declared property;
    /// bracketed names make nested objects and indexed arrays (`address[city]`, `tags[0]`, the
    /// notation the generated client writes), repeated names make arrays.
    func form(_ items: [(name: String, value: String)], _ keywords: [String: AnyJSON]) -> AnyJSON? {
        let root = FormTree()
        for (key, value) in items {
            var node = root
            for component in FormTree.components(of: key) { node = node.child(component) }
            node.values.append(value)
        }
        guard case .object(var members) = json(root, keywords, topLevel: true) else { return nil }
        // Only declared properties belong to an exploded query object; a body keeps every field.
        if !name.isEmpty {
            let properties = keywords.object("properties")
            members = members.filter { properties[$0.key] != nil }
            return members.isEmpty ? nil : .object(members)
        }
        return .object(members)
    }

    private func json(_ node: FormTree, _ keywords: [String: AnyJSON], topLevel: Bool = false) -> AnyJSON {
        if !node.children.isEmpty {
            let numbered = node.children.allSatisfy { Int($0.key) != nil }
            if !topLevel && (keywords.isType("array") || (keywords.types.isEmpty && numbered)) {
                let ordered = node.children.sorted { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }
                return .array(ordered.map { json($0.node, item(keywords)) })
            }
            let properties = keywords.object("properties")
            var members: [String: AnyJSON] = [:]
            for (key, child) in node.children {
                members[key] = json(child, schemas.dereferenced(properties[key] ?? keywords["additionalProperties"]))
            }
            return .object(members)
        }
        if keywords.isType("array") { return .array(node.values.map { scalar($0, item(keywords)) }) }
        return node.values.count == 1 ? scalar(node.values[0], keywords) : .array(node.values.map { .string(text($0)) })
    }

    /// Items alternating key and value (`k,v,k2,v2`), or `k=v` pairs when `pairsJoined`.
    private func structured(_ parts: [String], _ keywords: [String: AnyJSON], pairsJoined: Bool) -> AnyJSON {
        if keywords.isType("array") {
            return .array(parts.map { scalar($0, item(keywords)) })
        }
        guard keywords.isType("object") else { return scalar(parts.joined(separator: ","), keywords) }
        var pairs: [(String, String)] = []
        if pairsJoined {
            for part in parts {
                let split = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                pairs.append((text(String(split[0])), split.count > 1 ? String(split[1]) : ""))
            }
        } else {
            var index = 0
            while index < parts.count {
                pairs.append((text(parts[index]), index + 1 < parts.count ? parts[index + 1] : ""))
                index += 2
            }
        }
        return object(pairs, keywords)
    }

    private func object(_ pairs: [(String, String)], _ keywords: [String: AnyJSON]) -> AnyJSON {
        let properties = keywords.object("properties")
        var members: [String: AnyJSON] = [:]
        for (key, value) in pairs {
            members[key] = scalar(value, schemas.dereferenced(properties[key] ?? keywords["additionalProperties"]))
        }
        return .object(members)
    }

    private func item(_ keywords: [String: AnyJSON]) -> [String: AnyJSON] {
        schemas.dereferenced(keywords["items"])
    }

    /// Raw text, decoded, as the schema's type: the first of its types it can be read as, else a string.
    func scalar(_ raw: String, _ keywords: [String: AnyJSON]) -> AnyJSON {
        let text = self.text(raw)
        for type in keywords.types {
            switch type {
            case "integer":
                if let value = Int(text) { return .int(value) }
                // Beyond 64 bits: still an integer to the schema; the Swift type decides.
                if text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }), let value = Double(text) { return .double(value) }
            case "number":
                if let value = Int(text) { return .int(value) }
                if let value = Double(text), value.isFinite { return .double(value) }
            case "boolean": if text == "true" || text == "false" { return .bool(text == "true") }
            case "null": if text.isEmpty { return .null }
            default: break
            }
        }
        return .string(text)
    }
}

extension [String: AnyJSON] {
    /// The schema's `type` keyword as a list (`[]` when absent).
    var types: [String] {
        switch self["type"] {
        case .string(let type)?: [type]
        case .array(let list)?: list.compactMap { if case .string(let type) = $0 { type } else { nil } }
        default: []
        }
    }

    func isType(_ type: String) -> Bool { types.contains(type) }

    func object(_ key: String) -> [String: AnyJSON] {
        if case .object(let members)? = self[key] { members } else { [:] }
    }
}
