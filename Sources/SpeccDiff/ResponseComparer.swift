import SpeccIR

/// Responses of one operation by status: which exist, their media types and schemas, their headers.
struct ResponseComparer {
    let old: API
    let new: API
    let recorder: DiffRecorder
    let operation: String

    func compare(_ before: [Response], _ now: [Response]) {
        for response in now where !before.contains(where: { $0.status == response.status }) {
            recorder.report("response-status-added", operation: operation, field: "response \(response.status.key)",
                            "The response \(response.status.key) was added.", old: nil, new: response.location)
        }
        for response in before where !now.contains(where: { $0.status == response.status }) {
            recorder.report(response.status.isSuccess ? "response-success-status-removed" : "response-status-removed", operation: operation,
                            field: "response \(response.status.key)", "The response \(response.status.key) was removed.", old: response.location, new: nil)
        }
        for oldResponse in before {
            guard let newResponse = now.first(where: { $0.status == oldResponse.status }) else { continue }
            let base = "response \(oldResponse.status.key)"
            ContentComparer(old: old, new: new, recorder: recorder, operation: operation, direction: .response)
                .compare(oldResponse.content, newResponse.content, base: base + " body", oldLocation: oldResponse.location, newLocation: newResponse.location)
            compareHeaders(oldResponse, newResponse, base: base)
            compareLinks(oldResponse, newResponse, base: base)
        }
    }

    /// Links tell clients which operation to call next with values from this response.
    private func compareLinks(_ before: Response, _ now: Response, base: String) {
        let oldLinks = before.links ?? [], newLinks = now.links ?? []
        for link in newLinks where !oldLinks.contains(where: { $0.name == link.name }) {
            recorder.report("response-link-added", operation: operation, field: "\(base) link \(link.name)", "The link \(link.name) was added.", old: before.location, new: now.location)
        }
        for link in oldLinks {
            let field = "\(base) link \(link.name)"
            guard let counterpart = newLinks.first(where: { $0.name == link.name }) else {
                recorder.report("response-link-removed", operation: operation, field: field, "The link \(link.name) was removed.", old: before.location, new: now.location)
                continue
            }
            if link.operationId != counterpart.operationId || link.operationRef != counterpart.operationRef
                || link.parameters != counterpart.parameters || link.requestBody != counterpart.requestBody {
                let target = counterpart.operationId ?? counterpart.operationRef ?? "none"
                recorder.report("response-link-changed", operation: operation, field: field,
                                "The link \(link.name) now leads to \(target) or passes other values.", old: before.location, new: counterpart.operationIdLocation ?? now.location)
            }
        }
    }

    private func compareHeaders(_ before: Response, _ now: Response, base: String) {
        func find(_ name: String, in headers: [Header]) -> Header? { headers.first { $0.name.lowercased() == name.lowercased() } }
        for header in now.headers where find(header.name, in: before.headers) == nil {
            recorder.report("response-header-added", operation: operation, field: "\(base) header \(header.name)", "The header \(header.name) was added.", old: nil, new: header.location)
        }
        for header in before.headers {
            let field = "\(base) header \(header.name)"
            guard let counterpart = find(header.name, in: now.headers) else {
                recorder.report(header.required ? "response-required-header-removed" : "response-header-removed", operation: operation, field: field,
                                "The\(header.required ? " required" : "") header \(header.name) was removed.", old: header.location, new: nil)
                continue
            }
            if header.required && !counterpart.required {
                recorder.report("response-header-became-optional", operation: operation, field: field, "The header \(header.name) is no longer always sent.", old: header.location, new: counterpart.location)
            }
            if let oldSchema = header.schema ?? header.content?.first?.schema, let newSchema = counterpart.schema ?? counterpart.content?.first?.schema {
                SchemaComparer(old: old, new: new, recorder: recorder, direction: .response, operation: operation)
                    .compare(oldSchema, newSchema, at: FieldPath(base: field))
            }
        }
    }
}
