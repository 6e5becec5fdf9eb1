import SpeccDiagnostics
import SpeccIR

/// operationIds name generated methods and links; each must be unique across the API.
enum DuplicateOperationIDCheck {
    static func run(_ api: API, sink: inout DiagnosticSink) {
        var first: [String: Operation] = [:]
        for operation in api.operations + api.webhooks {
            guard let id = operation.operationId else { continue }
            if let earlier = first[id] {
                sink.error("operation-id-duplicate", "operationId '\(id)' of \(operation.displayName) is already used by \(earlier.displayName)",
                           at: operation.operationIdLocation ?? operation.location,
                           notes: [.init("first used here", at: earlier.operationIdLocation ?? earlier.location)])
            } else {
                first[id] = operation
            }
        }
    }
}
