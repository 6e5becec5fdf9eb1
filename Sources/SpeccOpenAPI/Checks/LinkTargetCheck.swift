import SpeccDiagnostics
import SpeccIR

/// A link's `operationId` must name an operation of this API.
enum LinkTargetCheck {
    static func run(_ api: API, sink: inout DiagnosticSink) {
        let ids = Set(api.operations.compactMap(\.operationId))
        for operation in api.operations {
            for response in operation.responses {
                for link in response.links ?? [] {
                    guard let target = link.operationId, !ids.contains(target) else { continue }
                    let suggestion = Suggestion.closest(to: target, in: ids)
                    sink.error("link-target-unknown", "link '\(link.name)' names operationId '\(target)', which no operation has",
                               at: response.location, notes: suggestion.map { [.init("did you mean '\($0)'?")] } ?? [])
                }
            }
        }
    }
}
