import SpeccIR

/// Webhooks and callbacks: requests the API sends to its consumers. The roles swap, so the
/// payload is judged as clients judge a response (narrowing it breaks no consumer, widening it
/// may), and the consumer's reply as a server judges a request.
struct OutboundComparer {
    let old: API
    let new: API
    let recorder: DiffRecorder

    func compareWebhooks() {
        compare(old.webhooks, new.webhooks, noun: "webhook", name: { "webhook \($0.method.name) \($0.path)" },
                key: { $0.method.name + " " + $0.path })
    }

    /// The callbacks of an operation kept in both versions.
    func compareCallbacks(_ before: Operation, _ now: Operation) {
        func requests(_ operation: Operation) -> [(Callback, Operation)] {
            (operation.callbacks ?? []).flatMap { callback in callback.operations.map { (callback, $0) } }
        }
        let oldRequests = requests(before), newRequests = requests(now)
        guard !oldRequests.isEmpty || !newRequests.isEmpty else { return }
        let parent = now.displayName
        func named(_ list: [(Callback, Operation)]) -> [Operation] {
            list.map { callback, request in
                var keyed = request
                // One key for the callback, its expression and the request's method.
                keyed.path = "\(callback.name) \(request.displayName)"
                return keyed
            }
        }
        compare(named(oldRequests), named(newRequests), noun: "callback", name: { "\(parent) callback \($0.path)" }, key: \.path)
    }

    private func compare(_ before: [Operation], _ now: [Operation], noun: String, name: (Operation) -> String, key: (Operation) -> String) {
        let newByKey = Dictionary(now.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let oldKeys = Set(before.map(key))
        for request in before {
            guard let counterpart = newByKey[key(request)] else {
                recorder.report("\(noun)-removed", operation: name(request), field: "", "The \(noun) was removed: consumers no longer receive it.", old: request.location, new: nil)
                continue
            }
            compareExchange(request, counterpart, name(counterpart))
        }
        for request in now where !oldKeys.contains(key(request)) {
            recorder.report("\(noun)-added", operation: name(request), field: "", "The \(noun) was added.", old: nil, new: request.location)
        }
    }

    private func compareExchange(_ before: Operation, _ now: Operation, _ name: String) {
        if let payload = before.requestBody, let counterpart = now.requestBody {
            ContentComparer(old: old, new: new, recorder: recorder, operation: name, direction: .response, reportsMediaTypes: false)
                .compare(payload.content, counterpart.content, base: "payload", oldLocation: payload.location, newLocation: counterpart.location)
        }
        for reply in before.responses {
            guard let counterpart = now.responses.first(where: { $0.status == reply.status }) else { continue }
            ContentComparer(old: old, new: new, recorder: recorder, operation: name, direction: .request, reportsMediaTypes: false)
                .compare(reply.content, counterpart.content, base: "reply \(reply.status.key) body", oldLocation: reply.location, newLocation: counterpart.location)
        }
    }
}
