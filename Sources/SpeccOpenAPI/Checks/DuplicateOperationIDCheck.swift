import SpeccDiagnostics
import SpeccIR

/// operationIds name generated methods and links; each must be unique across the API ("among all
/// operations described in the API": callbacks' and webhooks' included).
enum DuplicateOperationIDCheck {
    static func run(_ api: API, sink: inout DiagnosticSink) {
        var first: [String: Operation] = [:]
        let callbacks = api.operations.flatMap { ($0.callbacks ?? []).flatMap(\.operations) }
        for operation in api.operations + api.webhooks + callbacks {
            guard let id = operation.operationId else { continue }
            if let earlier = first[id] {
                // One callback object `$ref`'d by several operations is one operation, read twice.
                guard earlier.location != operation.location else { continue }
                sink.error("operation-id-duplicate", "operationId '\(id)' of \(operation.displayName) is already used by \(earlier.displayName)",
                           at: operation.operationIdLocation ?? operation.location,
                           notes: [.init("first used here", at: earlier.operationIdLocation ?? earlier.location)])
            } else {
                first[id] = operation
            }
        }
    }
}
