import SpeccDiagnostics
import SpeccIR
import SpeccYAML

extension LoweringContext {
    func lowerInfo(_ root: YAMLNode) -> Info {
        guard let infoNode = root["info"] else {
            missing("info", in: root, "the document")
            return Info(title: "", version: "")
        }
        guard let node = object(infoNode, "'info'") else { return Info(title: "", version: "") }
        checkKnownFields(node, .info, owner: "info")
        var info = Info(
            title: string(node, "title", in: "info", required: true) ?? "",
            version: string(node, "version", in: "info", required: true) ?? "")
        info.summary = string(node, "summary", in: "info")
        info.description = string(node, "description", in: "info")
        info.termsOfService = string(node, "termsOfService", in: "info")
        if let contactNode = mapping(node, "contact", in: "info") {
            checkKnownFields(contactNode, .contact, owner: "contact")
            var contact = Contact()
            contact.name = string(contactNode, "name", in: "contact")
            contact.url = string(contactNode, "url", in: "contact")
            contact.email = string(contactNode, "email", in: "contact")
            info.contact = contact
        }
        if let licenseNode = mapping(node, "license", in: "info") {
            checkKnownFields(licenseNode, .license, owner: "license")
            var license = License(name: string(licenseNode, "name", in: "license", required: true) ?? "")
            license.identifier = string(licenseNode, "identifier", in: "license")
            license.url = string(licenseNode, "url", in: "license")
            if license.identifier != nil, license.url != nil {
                sink.error("license-exclusive", "license 'identifier' and 'url' are mutually exclusive", at: licenseNode.location)
            }
            info.license = license
        }
        info.extensions = extensions(of: node)
        return info
    }

    func lowerServers(_ node: YAMLNode) -> [Server]? {
        guard let items = sequence(node, "servers", in: "object") else { return nil }
        var names: [String: SourceLocation] = [:]
        return items.compactMap { entry in
            guard let item = object(entry, "each server"),
                  let url = string(item, "url", in: "server", required: true) else { return nil }
            checkKnownFields(item, .server, owner: "server")
            var server = Server(url: url, location: item.location)
            server.extensions = extensions(of: item)
            server.description = string(item, "description", in: "server")
            server.name = string(item, "name", in: "server")
            if let name = server.name, let nameNode = item["name"] {
                if let first = names[name] {
                    sink.error("server-name-duplicate", "two servers are named '\(name)'; a server's name must be unique", at: nameNode.location, notes: [.init("first named here", at: first)])
                } else {
                    names[name] = nameNode.location
                }
            }
            if let variables = mapping(item, "variables", in: "server") {
                server.variables = entries(variables).compactMap { name, _, node in
                    guard let value = object(node, "server variable '\(name)'"),
                          let defaultValue = string(value, "default", in: "server variable '\(name)'", required: true) else { return nil }
                    checkKnownFields(value, .serverVariable, owner: "server variable '\(name)'")
                    var variable = ServerVariable(name: name, defaultValue: defaultValue)
                    variable.description = string(value, "description", in: "server variable")
                    variable.enumValues = stringList(value, "enum", in: "server variable")
                    warnAboutNonStrings([value["default"]].compactMap { $0 } + (value["enum"]?.items ?? []), variable: name)
                    if let allowed = variable.enumValues, !allowed.contains(defaultValue) {
                        sink.error("server-variable-default", "default '\(defaultValue)' of server variable '\(name)' is not one of its enum values", at: value["default"]!.location)
                    }
                    return variable
                }
            }
            checkServerVariables(server, item)
            return server
        }
    }

    /// Server variable values are strings; a YAML number or boolean is read as its text (`8443`),
    /// which is what its author meant, but other tools refuse it.
    private func warnAboutNonStrings(_ values: [YAMLNode], variable: String) {
        for value in values where value.isPlainScalar && !value.resolvesToNull {
            if case .string = value.resolved { continue }
            sink.warning("server-variable-not-string", "value \(value.scalar ?? "") of server variable '\(variable)' is not a string; it is read as '\(value.scalar ?? "")'",
                         at: value.location, notes: [.init("quote it: '\(value.scalar ?? "")'")])
        }
    }

    /// Every `{name}` in a server URL needs a variable, or clients cannot build the URL.
    private func checkServerVariables(_ server: Server, _ node: YAMLNode) {
        let declared = Set(server.variables.map(\.name))
        for name in PathTemplate.variables(in: server.url) where !declared.contains(name) {
            sink.error("server-variable-undeclared", "server URL uses '{\(name)}' but declares no variable '\(name)'", at: node["url"]!.location)
        }
    }
}
