import SpeccDiagnostics
import SpeccIR

/// Security requirements of one operation, and the schemes they use. A requirement lists
/// alternatives; each alternative needs all its schemes, with their scopes (or roles).
struct SecurityComparer {
    let old: API
    let new: API
    let recorder: DiffRecorder

    private typealias Alternative = [String: Set<String>]

    func compare(_ before: [SecurityRequirement], _ now: [SecurityRequirement], operation: String, old oldLocation: SourceLocation?, new newLocation: SourceLocation?) {
        let oldAnonymous = before.isEmpty || before.contains(where: \.isAnonymous)
        let newAnonymous = now.isEmpty || now.contains(where: \.isAnonymous)
        if oldAnonymous && !newAnonymous {
            recorder.report("security-requirement-added", operation: operation, field: "security",
                            "Credentials are now required: \(Self.describe(now)).", old: oldLocation, new: newLocation)
            return
        }
        if !oldAnonymous && newAnonymous {
            recorder.report("security-requirement-removed", operation: operation, field: "security", "Credentials are no longer required.", old: oldLocation, new: newLocation)
            return
        }
        guard !oldAnonymous else { return }
        let oldAlternatives = before.map(Self.alternative), newAlternatives = now.map(Self.alternative)
        var unmatched = newAlternatives
        for alternative in oldAlternatives {
            if let exact = unmatched.firstIndex(of: alternative) {
                unmatched.remove(at: exact)
                continue
            }
            let sameSchemes = newAlternatives.filter { Set($0.keys) == Set(alternative.keys) }
            if let looser = sameSchemes.first(where: { candidate in candidate.allSatisfy { alternative[$0.key]!.isSuperset(of: $0.value) } }) {
                let dropped = alternative.flatMap { scheme, scopes in scopes.subtracting(looser[scheme]!).map { "\(scheme): \($0)" } }.sorted()
                recorder.report("security-scope-removed", operation: operation, field: "security",
                                "No longer required: \(dropped.joined(separator: ", ")).", old: oldLocation, new: newLocation)
                unmatched.removeAll { $0 == looser }
            } else if let stricter = sameSchemes.first(where: { candidate in candidate.allSatisfy { $0.value.isSuperset(of: alternative[$0.key]!) } }) {
                let added = stricter.flatMap { scheme, scopes in scopes.subtracting(alternative[scheme]!).map { "\(scheme): \($0)" } }.sorted()
                recorder.report("security-scope-added", operation: operation, field: "security",
                                "Now also required: \(added.joined(separator: ", ")).", old: oldLocation, new: newLocation)
                unmatched.removeAll { $0 == stricter }
            } else {
                recorder.report("security-alternative-removed", operation: operation, field: "security",
                                "Authenticating with \(Self.describe(alternative)) is no longer accepted.", old: oldLocation, new: newLocation)
            }
        }
        for alternative in unmatched {
            recorder.report("security-alternative-added", operation: operation, field: "security",
                            "Authenticating with \(Self.describe(alternative)) is now accepted.", old: oldLocation, new: newLocation)
        }
    }

    /// API-wide: a scheme both versions define, and some requirement of the old one uses, must
    /// keep its type, location, name and HTTP scheme; its 3.2 deprecation is news for clients.
    func compareSchemes() {
        let used = Set((old.security + old.operations.flatMap { $0.security ?? [] }).flatMap { $0.entries.map(\.scheme) })
        for before in old.securitySchemes where used.contains(before.name) {
            guard let now = new.securityScheme(named: before.name) else { continue }
            let oldShape = Self.shape(before), newShape = Self.shape(now)
            if oldShape != newShape {
                recorder.report("security-scheme-changed", operation: nil, field: "security scheme \(before.name)",
                                "The security scheme changed from \(oldShape) to \(newShape).", old: before.location, new: now.location)
            }
            if now.deprecated, !before.deprecated {
                recorder.report("security-scheme-deprecated", operation: nil, field: "security scheme \(before.name)",
                                "The security scheme was deprecated: clients should move to another.", old: before.location, new: now.location)
            }
        }
    }

    private static func shape(_ scheme: SecurityScheme) -> String {
        switch scheme.kind {
        case .apiKey: "apiKey in \(scheme.parameterLocation?.rawValue ?? "?") \(scheme.parameterName ?? "?")"
        case .http: "http \(scheme.scheme ?? "?")"
        case .oauth2, .openIdConnect, .mutualTLS: scheme.kind.rawValue
        }
    }

    private static func alternative(_ requirement: SecurityRequirement) -> Alternative {
        Dictionary(requirement.entries.map { ($0.scheme, Set($0.scopes)) }, uniquingKeysWith: { $0.union($1) })
    }

    private static func describe(_ alternative: Alternative) -> String {
        alternative.keys.sorted().map { scheme in
            let scopes = alternative[scheme]!.sorted()
            return scopes.isEmpty ? scheme : "\(scheme) (\(scopes.joined(separator: ", ")))"
        }.joined(separator: " and ")
    }

    private static func describe(_ requirements: [SecurityRequirement]) -> String {
        requirements.map { describe(alternative($0)) }.joined(separator: " or ")
    }
}

/// Servers: the generated client's default base URL is the first one.
struct ServerComparer {
    let old: API
    let new: API
    let recorder: DiffRecorder

    func compare() {
        let oldURLs = old.servers.map(\.url), newURLs = new.servers.map(\.url)
        for server in new.servers where !oldURLs.contains(server.url) {
            recorder.report("server-added", operation: nil, field: "servers", "The server \(server.url) was added.", old: nil, new: server.location)
        }
        for server in old.servers where !newURLs.contains(server.url) {
            recorder.report("server-removed", operation: nil, field: "servers", "The server \(server.url) was removed.", old: server.location, new: nil)
        }
        if let before = old.servers.first, let now = new.servers.first, before.defaultURL != now.defaultURL {
            recorder.report("default-server-changed", operation: nil, field: "servers",
                            "The first server changed from \(before.defaultURL) to \(now.defaultURL).", old: before.location, new: now.location)
        }
    }
}
