import SpeccDiagnostics
import SpeccIR

/// Compares the operations of two versions: which exist, and for each kept one its identity,
/// parameters, request body, responses and security. Operations match by method and path with
/// parameter names ignored, so renaming a path parameter is a rename, not a removal.
struct OperationComparer {
    let old: API
    let new: API
    let recorder: DiffRecorder
    /// For `x-sunset`: a removal after this date is expected.
    let today: String

    static func key(_ operation: Operation) -> String {
        operation.method.name + " " + PathTemplate.shape(of: operation.path)
    }

    func compare() {
        let newByKey = Dictionary(new.operations.map { (Self.key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let oldKeys = Set(old.operations.map(Self.key))
        for before in old.operations {
            guard let now = newByKey[Self.key(before)] else { removed(before); continue }
            compare(before, now)
        }
        for now in new.operations where !oldKeys.contains(Self.key(now)) {
            recorder.report("operation-added", operation: now.displayName, field: "", "The operation was added.", old: nil, new: now.location)
        }
    }

    private func removed(_ operation: Operation) {
        let name = operation.displayName
        guard operation.deprecated else {
            recorder.report("operation-removed", operation: name, field: "", "The operation was removed without being deprecated first.", old: operation.location, new: nil)
            return
        }
        guard let sunset = Self.sunset(operation) else {
            let invalid = Sunset.invalid(operation.extensions)
            recorder.report("deprecated-operation-removed", operation: name, field: "",
                            "The deprecated operation was removed; it had no x-sunset date\(invalid.map { " ('\($0)' is not a YYYY-MM-DD date)" } ?? "").",
                            old: operation.location, new: nil)
            return
        }
        if today < sunset {
            recorder.report("operation-removed-before-sunset", operation: name, field: "", "The deprecated operation was removed before its sunset date \(sunset).", old: operation.location, new: nil)
        } else {
            recorder.report("sunset-operation-removed", operation: name, field: "", "The deprecated operation was removed after its sunset date \(sunset).", old: operation.location, new: nil)
        }
    }

    static func sunset(_ operation: Operation) -> String? { Sunset.date(operation.extensions) }

    private func compare(_ before: Operation, _ now: Operation) {
        let name = now.displayName
        let oldID = before.operationId ?? before.displayName, newID = now.operationId ?? now.displayName
        if oldID != newID {
            recorder.report("operation-id-changed", operation: name, field: "", "The operationId changed from \(oldID) to \(newID).", old: before.location, new: now.location)
        }
        if !before.deprecated && now.deprecated {
            recorder.report("operation-deprecated", operation: name, field: "", "The operation was deprecated\(Self.sunset(now).map { " (sunset \($0))" } ?? "").", old: before.location, new: now.location)
        } else if before.deprecated && !now.deprecated {
            recorder.report("operation-undeprecated", operation: name, field: "", "The operation is no longer deprecated.", old: before.location, new: now.location)
        }
        if let oldSunset = Self.sunset(before), let newSunset = Self.sunset(now), newSunset < oldSunset {
            recorder.report("sunset-brought-forward", operation: name, field: "", "The sunset date moved from \(oldSunset) to \(newSunset).", old: before.location, new: now.location)
        }
        ParameterComparer(old: old, new: new, recorder: recorder, operation: name).compare(before, now)
        compareRequestBodies(before, now, name)
        ResponseComparer(old: old, new: new, recorder: recorder, operation: name).compare(before.responses, now.responses)
        SecurityComparer(old: old, new: new, recorder: recorder).compare(old.effectiveSecurity(of: before), new.effectiveSecurity(of: now), operation: name, old: before.location, new: now.location)
        OutboundComparer(old: old, new: new, recorder: recorder).compareCallbacks(before, now)
    }

    private func compareRequestBodies(_ before: Operation, _ now: Operation, _ name: String) {
        switch (before.requestBody, now.requestBody) {
        case (nil, let body?):
            recorder.report(body.required ? "request-body-added-required" : "request-body-added", operation: name, field: "request body",
                            "A\(body.required ? " required" : "n optional") request body was added.", old: before.location, new: body.location)
        case (let body?, nil):
            recorder.report("request-body-removed", operation: name, field: "request body", "The request body was removed.", old: body.location, new: now.location)
        case (let oldBody?, let newBody?):
            if !oldBody.required && newBody.required {
                recorder.report("request-body-became-required", operation: name, field: "request body", "The request body became required.", old: oldBody.location, new: newBody.location)
            } else if oldBody.required && !newBody.required {
                recorder.report("request-body-became-optional", operation: name, field: "request body", "The request body became optional.", old: oldBody.location, new: newBody.location)
            }
            ContentComparer(old: old, new: new, recorder: recorder, operation: name, direction: .request)
                .compare(oldBody.content, newBody.content, base: "request body", oldLocation: oldBody.location, newLocation: newBody.location)
        case (nil, nil):
            break
        }
    }
}

/// Media types of a body, and the schema of each kept one.
struct ContentComparer {
    let old: API
    let new: API
    let recorder: DiffRecorder
    let operation: String
    let direction: Direction
    /// Off for webhook payloads and replies: the sender picks one media type, and nobody asks
    /// for one with `Accept`.
    var reportsMediaTypes = true

    func compare(_ before: [MediaType], _ now: [MediaType], base: String, oldLocation: SourceLocation?, newLocation: SourceLocation?) {
        let single = before.count == 1 && now.count == 1
        for media in now where reportsMediaTypes && !before.contains(where: { $0.contentType == media.contentType }) {
            recorder.report("\(direction.rawValue)-media-type-added", operation: operation, field: base, "The media type \(media.contentType) was added.", old: oldLocation, new: newLocation)
        }
        for media in before where reportsMediaTypes && !now.contains(where: { $0.contentType == media.contentType }) {
            recorder.report("\(direction.rawValue)-media-type-removed", operation: operation, field: base, "The media type \(media.contentType) was removed.", old: oldLocation, new: newLocation)
        }
        let comparer = SchemaComparer(old: old, new: new, recorder: recorder, direction: direction, operation: operation)
        for media in before {
            guard let counterpart = single ? now.first : now.first(where: { $0.contentType == media.contentType }) else { continue }
            let field = single ? base : "\(base) \(media.contentType)"
            compareExamples(media.examples, counterpart.examples, field: field, old: media.location ?? oldLocation, new: counterpart.location ?? newLocation)
            // Where both sides type a body the same way, each schema is compared with its
            // counterpart. Where one types a stream by 3.2's `itemSchema` and the other by a 3.1
            // `schema`, what each item is (`API.itemSchema(of:)`) is compared instead, so an
            // upgrade that only moves the item schema changes nothing.
            if media.kind.isSequential, (media.itemSchema == nil) != (counterpart.itemSchema == nil),
               let oldItem = old.itemSchema(of: media), let newItem = new.itemSchema(of: counterpart) {
                comparer.compare(oldItem, newItem, at: FieldPath(base: field))
                continue
            }
            if let oldSchema = media.schema, let newSchema = counterpart.schema {
                comparer.compare(oldSchema, newSchema, at: FieldPath(base: field))
            }
            if let oldItem = media.itemSchema, let newItem = counterpart.itemSchema {
                comparer.compare(oldItem, newItem, at: FieldPath(base: media.schema == nil ? field : "\(field) item"))
            }
        }
    }

    /// Examples are documentation: one finding per body whose examples changed, naming them.
    private func compareExamples(_ before: [Example], _ now: [Example], field: String, old: SourceLocation?, new: SourceLocation?) {
        guard before != now else { return }
        func key(_ example: Example) -> String { example.name ?? "example" }
        var changes: [String] = []
        for example in now where !before.contains(where: { key($0) == key(example) }) { changes.append("\(key(example)) added") }
        for example in before {
            guard let counterpart = now.first(where: { key($0) == key(example) }) else { changes.append("\(key(example)) removed"); continue }
            if example.value != counterpart.value || example.externalValue != counterpart.externalValue || example.serializedValue != counterpart.serializedValue { changes.append("\(key(example)) changed") }
        }
        guard !changes.isEmpty else { return }
        recorder.report("\(direction.rawValue)-examples-changed", operation: operation, field: field, "Examples changed: \(changes.joined(separator: ", ")).", old: old, new: new)
    }
}
