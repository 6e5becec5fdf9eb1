import SpeccDiagnostics
import SpeccIR

/// A path template's `{name}`s and an operation's path parameters must match, both ways.
enum PathParameterCheck {
    static func run(_ api: API, sink: inout DiagnosticSink) {
        for operation in api.operations {
            let templateNames = PathTemplate.variables(in: operation.path)
            let declared = operation.parameters.filter { $0.location == .path }
            for name in templateNames where !declared.contains(where: { $0.name == name }) {
                sink.error("path-parameter-undeclared",
                           "\(operation.displayName) does not declare path parameter '\(name)' used in its path",
                           at: operation.pathVariableLocations?[name] ?? operation.location,
                           notes: [.init("add a parameter with 'name: \(name)', 'in: path' and 'required: true'")])
            }
            for parameter in declared where !templateNames.contains(parameter.name) {
                let suggestion = Suggestion.closest(to: parameter.name, in: templateNames)
                sink.error("path-parameter-unused",
                           "path parameter '\(parameter.name)' does not appear in the path '\(operation.path)'",
                           at: parameter.sourceLocation,
                           notes: suggestion.map { [.init("did you mean '\($0)'?")] } ?? [])
            }
        }
    }
}
