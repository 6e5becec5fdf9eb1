import SpeccIR

/// A runnable `curl` command built from the spec: the first server, path parameters from their
/// examples (else `{name}`), query and header parameters that have examples, the credentials the
/// operation's first security alternative needs (as placeholders), and the first request example.
struct CurlExample {
    let api: API

    /// `destination`: where a request the API sends (a webhook, a callback) goes, instead of the
    /// API's server; only the request's own security applies to it.
    func command(for operation: Operation, destination: String? = nil) -> String {
        var lines = ["curl -X \(operation.method.name)"]
        var query: [String] = []
        let security = destination == nil ? api.effectiveSecurity(of: operation) : operation.security ?? []
        for requirement in security.first?.entries ?? [] {
            guard let scheme = api.securityScheme(named: requirement.scheme) else { continue }
            switch (scheme.kind, scheme.parameterLocation) {
            case (.apiKey, .query?): query.append("\(scheme.parameterName ?? "api_key")=YOUR_API_KEY")
            case (.apiKey, .cookie?): lines.append("--cookie " + Self.quoted("\(scheme.parameterName ?? "api_key")=YOUR_API_KEY"))
            case (.apiKey, _): lines.append("-H " + Self.quoted("\(scheme.parameterName ?? "X-API-Key"): YOUR_API_KEY"))
            case (.http, _) where scheme.scheme == "basic": lines.append("-u " + Self.quoted("USERNAME:PASSWORD"))
            case (.http, _): lines.append("-H " + Self.quoted("Authorization: \(Self.schemeName(scheme.scheme)) YOUR_TOKEN"))
            case (.oauth2, _), (.openIdConnect, _): lines.append("-H " + Self.quoted("Authorization: Bearer YOUR_ACCESS_TOKEN"))
            case (.mutualTLS, _): lines.append("--cert client.pem --key client-key.pem")
            }
        }
        for parameter in operation.parameters where parameter.location == .header {
            guard let value = Self.example(parameter) else { continue }
            lines.append("-H " + Self.quoted("\(parameter.name): \(value.displayText)"))
        }
        for parameter in operation.parameters where parameter.location == .query {
            guard let value = Self.example(parameter) else { continue }
            query.append("\(parameter.name)=\(Self.percentEncoded(value.displayText))")
        }
        for parameter in operation.parameters where parameter.location == .querystring {
            // The whole query: an example's serialised form verbatim, else the data form-encoded.
            if let serialized = parameter.examples.lazy.compactMap(\.serializedValue).first {
                query.append(serialized)
            } else if let value = Self.example(parameter), let media = parameter.content?.first {
                switch media.kind {
                case .json: query.append(Self.percentEncoded(value.compactText))
                case .text: query.append(Self.percentEncoded(value.displayText))
                default: query.append(Self.bodyText(value, contentType: "application/x-www-form-urlencoded"))
                }
            }
        }
        if let content = operation.requestBody?.content.first, let parts = api.multipartParts(of: content, direction: .request) {
            // curl writes the boundary and the Content-Type itself: one -F per part, the required
            // ones and those the example fills (all of them when that leaves none).
            let example = content.examples.first?.value
            let shown = parts.filter { part in
                if part.multiplicity == .exactlyOnce || part.multiplicity == .atLeastOnce { return true }
                if case .object(let members)? = example { return members.contains { $0.key == part.name } }
                return false
            }
            // For another multipart type curl keeps the one given, adding its boundary.
            if MediaTypeName(content.contentType)?.essence != "multipart/form-data" {
                lines.append("-H " + Self.quoted("Content-Type: \(content.contentType)"))
            }
            lines += (shown.isEmpty ? parts : shown).map { "-F " + Self.quoted(Self.formField($0, example: example)) }
        } else if let content = operation.requestBody?.content.first {
            lines.append("-H " + Self.quoted("Content-Type: \(content.contentType)"))
            if let serialized = content.examples.first?.serializedValue {
                lines.append("-d " + Self.quoted(serialized))
            } else if let body = content.examples.first?.value {
                lines.append("-d " + Self.quoted(Self.bodyText(body, contentType: content.contentType)))
            }
        }
        var url = destination ?? Self.serverURL(operation.servers?.first ?? api.servers.first) + Self.filledPath(operation)
        if !query.isEmpty { url += "?" + query.joined(separator: "&") }
        lines.append(Self.quoted(url))
        return lines.joined(separator: " \\\n  ")
    }

    /// `bearer` → `Bearer`: HTTP auth scheme names are case-insensitive; this is how people write them.
    private static func schemeName(_ scheme: String?) -> String {
        guard let scheme, let first = scheme.first else { return "Bearer" }
        return first.uppercased() + scheme.dropFirst()
    }

    /// The server's default URL without a trailing slash, ready for a path to be appended.
    static func serverURL(_ server: Server?) -> String {
        guard let url = server?.defaultURL else { return "" }
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    private static func filledPath(_ operation: Operation) -> String {
        var path = operation.path
        for parameter in operation.parameters where parameter.location == .path {
            guard let value = example(parameter) else { continue }
            path = path.replacingAll("{\(parameter.name)}", with: percentEncoded(value.displayText))
        }
        return path
    }

    static func example(_ parameter: Parameter) -> JSONValue? {
        if let value = parameter.examples.lazy.compactMap(\.value).first { return value }
        if case .inline(let schema)? = parameter.schema {
            return schema.examples?.first ?? schema.defaultValue ?? schema.enumValues?.first
        }
        return nil
    }

    /// `file=@file.png;type=image/png`, `metadata={"title":"t"};type=application/json`, `note=…`:
    /// the part's value from the body's example when it has one.
    private static func formField(_ part: MultipartPart, example: JSONValue?) -> String {
        let value: String
        switch part.kind {
        case .binary:
            let fileExtension = part.contentType.split(separator: "/").last.map { $0.split(separator: ";")[0] }.map(String.init) ?? "bin"
            value = "@\(part.name).\(fileExtension == "octet-stream" || fileExtension.contains("*") ? "bin" : fileExtension)"
        default:
            if case .object(let members)? = example, let member = members.first(where: { $0.key == part.name })?.value {
                value = part.kind == .json ? member.compactText : member.displayText
            } else {
                value = "…"
            }
        }
        return "\(part.name)=\(value)" + (part.contentType == "text/plain" ? "" : ";type=\(part.contentType)")
    }

    private static func bodyText(_ value: JSONValue, contentType: String) -> String {
        guard contentType == "application/x-www-form-urlencoded", case .object(let members) = value else {
            return value.compactText
        }
        return members.map { "\($0.key)=\(percentEncoded($0.value.displayText))" }.joined(separator: "&")
    }

    /// Single-quoted for POSIX shells; a `'` inside becomes `'\''`.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingAll("'", with: "'\\''") + "'"
    }

    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if (scalar.properties.isAlphabetic && byte < 128) || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
