import SpeccIR

/// Parameters of one operation: path parameters by position (their names only label the
/// generated Swift argument), the others by location and name.
struct ParameterComparer {
    let old: API
    let new: API
    let recorder: DiffRecorder
    let operation: String

    func compare(_ before: Operation, _ now: Operation) {
        let oldPath = before.parameters.filter { $0.location == .path }, newPath = now.parameters.filter { $0.location == .path }
        let oldOrder = PathTemplate.variables(in: before.path), newOrder = PathTemplate.variables(in: now.path)
        for (oldName, newName) in zip(oldOrder, newOrder) {
            guard let oldParameter = oldPath.first(where: { $0.name == oldName }),
                  let newParameter = newPath.first(where: { $0.name == newName }) else { continue }
            if oldName != newName {
                recorder.report("path-parameter-renamed", operation: operation, field: "path parameter \(oldName)",
                                "The path parameter \(oldName) was renamed to \(newName).", old: oldParameter.sourceLocation, new: newParameter.sourceLocation)
            }
            compareKept(oldParameter, newParameter)
        }
        let others = { (parameters: [Parameter]) in parameters.filter { $0.location != .path } }
        let oldOthers = others(before.parameters), newOthers = others(now.parameters)
        for parameter in oldOthers where !newOthers.contains(where: { Self.same($0, parameter) }) {
            // A parameter deprecated with a sunset date was promised until then.
            if let sunset = Sunset.date(parameter.extensions), recorder.today < sunset {
                recorder.report("request-parameter-removed-before-sunset", operation: operation, field: Self.label(parameter),
                                "The \(parameter.location.rawValue) parameter \(parameter.name) was removed before its sunset date \(sunset).", old: parameter.sourceLocation, new: nil)
                continue
            }
            recorder.report("request-parameter-removed", operation: operation, field: Self.label(parameter),
                            "The \(parameter.location.rawValue) parameter \(parameter.name) was removed.", old: parameter.sourceLocation, new: nil)
        }
        for parameter in newOthers where !oldOthers.contains(where: { Self.same($0, parameter) }) {
            recorder.report(parameter.required ? "request-parameter-added-required" : "request-parameter-added", operation: operation,
                            field: Self.label(parameter), "The \(parameter.required ? "required" : "optional") \(parameter.location.rawValue) parameter \(parameter.name) was added.",
                            old: nil, new: parameter.sourceLocation)
        }
        for parameter in oldOthers {
            if let counterpart = newOthers.first(where: { Self.same($0, parameter) }) { compareKept(parameter, counterpart) }
        }
    }

    private func compareKept(_ before: Parameter, _ now: Parameter) {
        let field = Self.label(now)
        if !before.required && now.required {
            recorder.report("request-parameter-became-required", operation: operation, field: field, "The parameter \(now.name) became required.", old: before.sourceLocation, new: now.sourceLocation)
        } else if before.required && !now.required {
            recorder.report("request-parameter-became-optional", operation: operation, field: field, "The parameter \(now.name) became optional.", old: before.sourceLocation, new: now.sourceLocation)
        }
        if before.style != now.style || before.explode != now.explode {
            recorder.report("request-parameter-style-changed", operation: operation, field: field,
                            "The serialisation changed from \(before.style.rawValue)\(before.explode ? " exploded" : "") to \(now.style.rawValue)\(now.explode ? " exploded" : "").",
                            old: before.sourceLocation, new: now.sourceLocation)
        }
        if !before.deprecated && now.deprecated {
            recorder.report("request-parameter-deprecated", operation: operation, field: field,
                            "The parameter \(now.name) was deprecated\(Sunset.date(now.extensions).map { " (sunset \($0))" } ?? "").", old: before.sourceLocation, new: now.sourceLocation)
        }
        if let oldSunset = Sunset.date(before.extensions), let newSunset = Sunset.date(now.extensions), newSunset < oldSunset {
            recorder.report("request-parameter-sunset-brought-forward", operation: operation, field: field,
                            "The parameter's sunset date moved from \(oldSunset) to \(newSunset).", old: before.sourceLocation, new: now.sourceLocation)
        }
        if let oldSchema = before.schema ?? before.content?.first?.schema, let newSchema = now.schema ?? now.content?.first?.schema {
            // On the wire a parameter is text: an integer, number or boolean that became an
            // unconstrained string accepts everything clients sent. Only the Swift type changes.
            if before.content == nil, let from = old.schema(oldSchema), let to = new.schema(newSchema),
               let type = Set(from.types ?? []).subtracting([.null]).first, from.types.map({ Set($0).subtracting([.null]).count == 1 }) == true,
               [.integer, .number, .boolean].contains(type), SchemaComparer.isAnyString(to) {
                recorder.report("request-parameter-became-string", operation: operation, field: field,
                                "The parameter \(now.name) changed from \(type.rawValue) to string; every value sent before is still valid.",
                                old: before.sourceLocation, new: now.sourceLocation)
                if from.defaultValue != to.defaultValue {
                    recorder.report("request-default-changed", operation: operation, field: field,
                                    "The default changed from \(from.defaultValue?.compactText ?? "none") to \(to.defaultValue?.compactText ?? "none").",
                                    old: before.sourceLocation, new: now.sourceLocation)
                }
                return
            }
            SchemaComparer(old: old, new: new, recorder: recorder, direction: .request, operation: operation)
                .compare(oldSchema, newSchema, at: FieldPath(base: field))
        }
    }

    /// Header names are case-insensitive (RFC 9110); the others are not.
    private static func same(_ a: Parameter, _ b: Parameter) -> Bool {
        a.location == b.location && (a.location == .header ? a.name.lowercased() == b.name.lowercased() : a.name == b.name)
    }

    static func label(_ parameter: Parameter) -> String { "\(parameter.location.rawValue) parameter \(parameter.name)" }
}
