import SpeccDiagnostics
import SpeccIR

/// `/pets/{id}` and `/pets/{petId}` are the same path to a router; OpenAPI forbids declaring both.
enum EquivalentPathsCheck {
    static func run(_ api: API, sink: inout DiagnosticSink) {
        var firstPath: [String: (path: String, operation: Operation)] = [:]
        for operation in api.operations {
            let shape = PathTemplate.shape(of: operation.path)
            guard let earlier = firstPath[shape] else {
                firstPath[shape] = (operation.path, operation)
                continue
            }
            if earlier.path != operation.path {
                sink.error("path-equivalent", "path '\(operation.path)' is the same template as '\(earlier.path)' with other variable names",
                           at: operation.location, notes: [.init("declared here", at: earlier.operation.location)])
            }
        }
    }
}
