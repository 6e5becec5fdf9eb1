import SpeccDiagnostics
import SpeccIR
import SpeccYAML

extension LoweringContext {
    /// The `parameters` list of a path item or operation; duplicates within one list are errors.
    func lowerParameterList(_ node: YAMLNode, owner: String) -> [Parameter]? {
        guard let items = sequence(node, "parameters", in: owner) else { return nil }
        var seen: [ParameterKey: SourceLocation] = [:]
        var parameters: [Parameter] = []
        for item in items {
            guard var parameter = withResolved(item, "each parameter", { lowerParameter($0, usedAt: item.location) }) else { continue }
            parameter.description = referenceOverride(item, "description") ?? parameter.description
            let key = ParameterKey(parameter)
            if let first = seen[key] {
                sink.error("parameter-duplicate", "duplicate \(parameter.location.rawValue) parameter '\(parameter.name)' in \(owner)",
                           at: item.location, notes: [.init("first declared here", at: first)])
                continue
            }
            seen[key] = item.location
            parameters.append(parameter)
        }
        return parameters
    }

    /// One Parameter Object. `usedAt` is where the operation lists it (a ref's location when shared),
    /// which is where path-template mismatches are reported.
    func lowerParameter(_ node: YAMLNode, usedAt: SourceLocation) -> Parameter? {
        let name = string(node, "name", in: "parameter", required: true)
        let locationName = string(node, "in", in: "parameter", required: true)
        guard let name, let locationName else { return nil }
        guard let location = ParameterLocation(rawValue: locationName) else {
            sink.error("parameter-location", "parameter '\(name)' has 'in: \(locationName)'; expected path, query, querystring, header or cookie", at: node["in"]!.location)
            return nil
        }
        if location == .querystring, version < .v3_2 { warnNewer("'in: querystring' of parameter '\(name)'", at: node["in"]!.location) }
        var parameter = Parameter(name: name, location: location, sourceLocation: usedAt)
        let owner = "parameter '\(name)'"
        checkKnownFields(node, .parameter, owner: owner)
        parameter.description = string(node, "description", in: owner)
        parameter.required = bool(node, "required", in: owner) ?? false
        if location == .path, !parameter.required {
            sink.error("path-parameter-required", "path parameter '\(name)' must have 'required: true'", at: node["required"]?.location ?? node.location)
            parameter.required = true
        }
        parameter.deprecated = bool(node, "deprecated", in: owner) ?? false
        parameter.allowEmptyValue = bool(node, "allowEmptyValue", in: owner) ?? false
        if let styleNode = node["style"], let styleName = stringValue(styleNode, "'style' of \(owner)") {
            if let style = ParameterStyle(rawValue: styleName), style.isAllowed(in: location) {
                parameter.style = style
                if style == .cookie, version < .v3_2 { warnNewer("'style: cookie' of \(owner)", at: styleNode.location) }
            } else if location != .querystring {
                sink.error("parameter-style", "style '\(styleName)' is not allowed for \(location.rawValue) parameters", at: styleNode.location)
            }
        }
        parameter.explode = bool(node, "explode", in: owner) ?? parameter.style.explodesByDefault
        parameter.allowReserved = bool(node, "allowReserved", in: owner) ?? false
        parameter.schema = node["schema"].flatMap { lowerSchemaRef($0, "'schema' of \(owner)") }
        parameter.content = lowerContent(node, owner: owner)
        switch (node["schema"] != nil, parameter.content != nil) {
        case (true, true):
            sink.error("parameter-schema-content", "\(owner) has both 'schema' and 'content'; use one", at: node.location)
        case (false, false):
            sink.error("parameter-schema-content", "\(owner) needs a 'schema' or a 'content'", at: node.location)
        default:
            if let content = parameter.content, content.count != 1 {
                sink.error("parameter-content-count", "'content' of \(owner) must hold exactly one media type", at: node["content"]!.location)
            }
        }
        if location == .querystring { checkQuerystring(node, owner: owner) }
        parameter.examples = lowerExamples(node, owner: owner)
        parameter.extensions = extensions(of: node)
        return parameter
    }

    /// 3.2 §4.12.1: the whole query string is one value its `content` describes, so the fields
    /// that serialise one query parameter by `schema` do not apply.
    private func checkQuerystring(_ node: YAMLNode, owner: String) {
        for field in ["schema", "style", "explode", "allowReserved", "allowEmptyValue"] {
            guard let pair = node.pair(field) else { continue }
            let reason = field == "schema" ? "describe the query string with 'content' (most often application/x-www-form-urlencoded)" : "it applies to schema-described parameters"
            sink.error("querystring-field", "'\(field)' may not be used on \(owner), which is 'in: querystring': \(reason)", at: pair.key.location)
        }
    }

    /// 3.2 §4.12.2: one `querystring` parameter at most, and never beside `query` parameters, in
    /// the operation and its path item together. Reported at the later parameter, and only for
    /// pairs `reports` accepts, so a path item's own conflict is said once, not per operation.
    func checkQueryParameters(_ parameters: [Parameter], of owner: String, reports: (Parameter, Parameter) -> Bool = { _, _ in true }) {
        let querystrings = parameters.filter { $0.location == .querystring }.sorted { $0.sourceLocation < $1.sourceLocation }
        guard let first = querystrings.first else { return }
        for extra in querystrings.dropFirst() where reports(first, extra) {
            sink.error("querystring-duplicate", "\(owner) has a second 'querystring' parameter '\(extra.name)'; the query string is one value", at: extra.sourceLocation,
                       notes: [.init("the first is '\(first.name)'", at: first.sourceLocation)])
        }
        for query in parameters where query.location == .query && reports(first, query) {
            let later = query.sourceLocation > first.sourceLocation ? query : first
            let earlier = later == query ? first : query
            sink.error("querystring-with-query", "\(owner) has both the 'querystring' parameter '\(first.name)' and the query parameter '\(query.name)'; a querystring parameter describes the whole query, so it stands alone",
                       at: later.sourceLocation, notes: [.init("'\(earlier.name)' is declared here", at: earlier.sourceLocation)])
        }
    }

    /// A Header Object: a parameter without `name` and `in`, named by its key.
    func lowerHeader(_ node: YAMLNode, name: String) -> Header {
        var header = Header(name: name, location: node.location)
        let owner = "header '\(name)'"
        checkKnownFields(node, .header, owner: owner)
        header.description = string(node, "description", in: owner)
        header.required = bool(node, "required", in: owner) ?? false
        header.deprecated = bool(node, "deprecated", in: owner) ?? false
        header.schema = node["schema"].flatMap { lowerSchemaRef($0, "'schema' of \(owner)") }
        header.content = lowerContent(node, owner: owner)
        if node["schema"] == nil, header.content == nil {
            sink.error("header-schema-content", "\(owner) needs a 'schema' or a 'content'", at: node.location)
        }
        header.examples = lowerExamples(node, owner: owner)
        header.extensions = extensions(of: node)
        return header
    }

    func lowerHeaders(_ node: YAMLNode, owner: String) -> [Header] {
        guard let map = mapping(node, "headers", in: owner) else { return [] }
        return entries(map).compactMap { name, _, value in
            guard var header = withResolved(value, "header '\(name)'", { lowerHeader($0, name: name) }) else { return nil }
            header.description = referenceOverride(value, "description") ?? header.description
            return header
        }
    }

    /// `example` and `examples` of a parameter, header or media type (mutually exclusive).
    func lowerExamples(_ node: YAMLNode, owner: String) -> [Example] {
        var examples: [Example] = []
        if let single = node["example"] {
            examples.append(Example(name: nil, value: single.jsonValue))
        }
        if let map = mapping(node, "examples", in: owner) {
            if node["example"] != nil {
                sink.error("example-exclusive", "\(owner) has both 'example' and 'examples'; use one", at: map.location)
            }
            for (name, _, value) in entries(map) {
                guard var example = withResolved(value, "example '\(name)'", { lowerExample($0, name: name) }) else { continue }
                example.summary = referenceOverride(value, "summary") ?? example.summary
                example.description = referenceOverride(value, "description") ?? example.description
                examples.append(example)
            }
        }
        return examples
    }

    func lowerExample(_ node: YAMLNode, name: String) -> Example {
        var example = Example(name: name, value: (node["dataValue"] ?? node["value"]).map(\.jsonValue))
        let owner = "example '\(name)'"
        checkKnownFields(node, .example, owner: owner)
        example.summary = string(node, "summary", in: owner)
        example.description = string(node, "description", in: owner)
        example.externalValue = string(node, "externalValue", in: owner)
        example.serializedValue = string(node, "serializedValue", in: owner)
        checkExampleFields(node, owner: owner)
        return example
    }

    /// 3.2 §4.19.1: `value` stands alone (it is either form); `serializedValue` and `externalValue`
    /// are the same serialised form written two ways. Each clash is reported at the later field.
    private func checkExampleFields(_ node: YAMLNode, owner: String) {
        let exclusive = [("value", "externalValue"), ("dataValue", "value"), ("serializedValue", "value"), ("serializedValue", "externalValue")]
        for (first, second) in exclusive {
            guard let one = node.pair(first), let other = node.pair(second) else { continue }
            let later = one.key.location > other.key.location ? one : other
            sink.error("example-exclusive", "\(owner) has both '\(first)' and '\(second)'; use one", at: later.key.location)
        }
    }
}

extension ParameterStyle {
    /// Which styles OpenAPI defines for each parameter location.
    func isAllowed(in location: ParameterLocation) -> Bool {
        switch self {
        case .matrix, .label: location == .path
        case .simple: location == .path || location == .header
        case .form: location == .query || location == .cookie
        case .cookie: location == .cookie
        case .spaceDelimited, .pipeDelimited, .deepObject: location == .query
        }
    }
}
