import SpeccIR

/// File names for emitted schemas: safe on every file system and in a URI without escaping
/// (letters, digits, `.`, `-`, `_`), unique, and the same on every run.
struct FileNames {
    private var components: [String: String] = [:]
    private var operations: [String: String] = [:]

    init(api: API) {
        var componentNames = FileNameAllocator()
        for name in api.schemaNames {
            components[name] = componentNames.claim(Self.safe(name)) + ".json"
        }
        var operationNames = FileNameAllocator()
        for operation in api.operations {
            let stem = operation.operationId ?? "\(operation.method.field)\(operation.path)"
            operations[Self.key(operation)] = operationNames.claim(Self.safe(stem))
        }
    }

    func component(_ name: String) -> String { components[name] ?? Self.safe(name) + ".json" }

    func operation(_ operation: Operation) -> String { operations[Self.key(operation)] ?? Self.safe(operation.displayName) }

    private static func key(_ operation: Operation) -> String { "\(operation.method.name) \(operation.path)" }

    static func safe(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "_")
            result.unicodeScalars.append(allowed ? scalar : "_")
        }
        while result.hasPrefix(".") { result = "_" + result.dropFirst() }
        return result.isEmpty ? "_" : result
    }
}
