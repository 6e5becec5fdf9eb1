import SpeccIR

/// File names for emitted schemas: safe on every file system and in a URI without escaping
/// (letters, digits, `.`, `-`, `_`), unique, and the same on every run.
struct FileNames {
    private var components: [String: String] = [:]
    private var operations: [String: String] = [:]

    init(api: API) {
        var used = Set<String>()
        for name in api.schemaNames {
            components[name] = Self.unique(Self.safe(name), in: &used) + ".json"
        }
        used.removeAll()
        for operation in api.operations {
            let stem = operation.operationId ?? "\(operation.method.rawValue)\(operation.path)"
            operations[Self.key(operation)] = Self.unique(Self.safe(stem), in: &used)
        }
    }

    func component(_ name: String) -> String { components[name] ?? Self.safe(name) + ".json" }

    func operation(_ operation: Operation) -> String { operations[Self.key(operation)] ?? Self.safe(operation.displayName) }

    private static func key(_ operation: Operation) -> String { "\(operation.method.rawValue) \(operation.path)" }

    static func safe(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "_")
            result.unicodeScalars.append(allowed ? scalar : "_")
        }
        while result.hasPrefix(".") { result = "_" + result.dropFirst() }
        return result.isEmpty ? "_" : result
    }

    private static func unique(_ base: String, in used: inout Set<String>) -> String {
        // Compare case-insensitively: `Pet` and `pet` must not share a file on macOS.
        var candidate = base
        var suffix = 2
        while !used.insert(candidate.lowercased()).inserted {
            candidate = "\(base)_\(suffix)"
            suffix += 1
        }
        return candidate
    }
}
