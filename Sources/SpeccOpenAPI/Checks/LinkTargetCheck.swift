import SpeccDiagnostics
import SpeccIR

/// A link's `operationId` should name an operation of this API. A link to nothing stops no code
/// or docs from being generated (the docs show it as written), so it is a warning; `--strict`
/// makes it an error.
enum LinkTargetCheck {
    static let code = "link-target-unknown"

    static func run(_ api: API, sink: inout DiagnosticSink) {
        let ids = Set(api.operations.compactMap(\.operationId))
        for operation in api.operations {
            for response in operation.responses {
                for link in response.links ?? [] {
                    guard let target = link.operationId, !ids.contains(target) else { continue }
                    let suggestion = Suggestion.closest(to: target, in: ids)
                    sink.warning(code, "link '\(link.name)' names operationId '\(target)', which no operation has",
                                 at: link.operationIdLocation ?? response.location, notes: suggestion.map { [.init("did you mean '\($0)'?")] } ?? [])
                }
            }
        }
    }
}
