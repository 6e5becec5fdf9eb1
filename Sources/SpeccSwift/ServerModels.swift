import SpeccIR
import SpeccTemplating

/// The spec's servers as Swift: one function per server returning its URL, a parameter per
/// variable (an enum where the variable lists its values), defaults applied.
struct ServerModels {
    /// For the servers at the document's root (`server1`…) or of one operation.
    /// - Parameter indent: where the declarations go (inside `Servers`, or one level deeper).
    static func servers(_ servers: [Server], indent: String = "    ") -> [ServerModel] {
        // 3.2 servers may be named (unique within their list): `production()` reads better than `server1()`.
        var names = NameScope(reserved: [])
        let functionNames = servers.enumerated().map { index, server in names.claim(server.name.map(SwiftNames.memberName) ?? "server\(index + 1)") }
        return servers.enumerated().map { index, server in
            let name = functionNames[index]
            var scope = NameScope(reserved: [])
            var parameters: [String] = [], values: [String] = [], enums: [ServerVariableEnumModel] = []
            for variable in server.variables {
                let label = scope.claim(SwiftNames.memberName(variable.name))
                let literal = SwiftLiteral.string(variable.name)
                if let allowed = variable.enumValues, !allowed.isEmpty {
                    let typeName = SwiftNames.typeName(SwiftNames.bare(name)) + SwiftNames.typeName(variable.name)
                    var cases = NameScope(reserved: ["init", "rawValue", "allCases"])
                    let models = allowed.map { value in
                        let name = cases.claim(SwiftNames.memberName(value.isEmpty ? "empty" : value))
                        return (value: value, name: name, declaration: SwiftNames.bare(name) == value ? "case \(name)" : "case \(name) = \(SwiftLiteral.string(value))")
                    }
                    let fallback = models.first { $0.value == variable.defaultValue } ?? models[0]
                    enums.append(ServerVariableEnumModel(doc: DocComment.block(DocComment.lines([variable.description]), indent: indent), name: typeName,
                                                         cases: models.map(\.declaration)))
                    parameters.append("\(label): \(typeName) = .\(SwiftNames.bare(fallback.name))")
                    values.append("(\(literal), \(SwiftNames.bare(label)).rawValue)")
                } else {
                    parameters.append("\(label): String = \(SwiftLiteral.string(variable.defaultValue))")
                    values.append("(\(literal), \(SwiftNames.bare(label)))")
                }
            }
            let doc = DocComment.lines([server.description, "`\(server.url)`"])
            return ServerModel(isFirst: index == 0, doc: DocComment.block(doc, indent: indent), name: name, parameters: parameters.joined(separator: ", "),
                               urlLiteral: SwiftLiteral.string(server.url), variables: "[" + values.joined(separator: ", ") + "]",
                               defaultLiteral: SwiftLiteral.string(ServerURL.parsable(server.defaultURL) ?? "/"), enums: enums)
        }
    }
}
