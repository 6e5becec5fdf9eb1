import SpeccTemplating

// Field lists for the Swift templates' view models (see `TemplateFields`): the same names the
// templates use, looked up without reflection; nested models are boxed here, statically.

extension ModelsFile: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "header": .value(self.header)
        case "additionalImports": .value(self.additionalImports)
        case "continuation": .value(self.continuation)
        case "access": .value(self.access)
        case "structs": .value(self.structs.map(TemplateFieldsBox.init))
        case "stringEnums": .value(self.stringEnums.map(TemplateFieldsBox.init))
        case "unions": .value(self.unions.map(TemplateFieldsBox.init))
        case "aliases": .value(self.aliases.map(TemplateFieldsBox.init))
        case "tuples": .value(self.tuples.map(TemplateFieldsBox.init))
        default: nil
        }
    }
}

extension StructModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "name": .value(self.name)
        case "properties": .value(self.properties.map(TemplateFieldsBox.init))
        case "initParameters": .value(self.initParameters)
        case "codingKeys": .optional(self.codingKeys.map(TemplateFieldsBox.init))
        case "decoder": .optional(self.decoder.map(TemplateFieldsBox.init))
        default: nil
        }
    }
}

extension DecoderModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "decodingDoc": .value(self.decodingDoc)
        case "encodingDoc": .value(self.encodingDoc)
        case "decoding": .value(self.decoding)
        case "encoding": .value(self.encoding)
        default: nil
        }
    }
}

extension CodingKeysModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "keys": .value(self.keys.map(TemplateFieldsBox.init))
        default: nil
        }
    }
}

extension PropertyModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "name": .value(self.name)
        case "member": .value(self.member)
        case "type": .value(self.type)
        case "wrapper": .value(self.wrapper)
        case "binding": .value(self.binding)
        case "deprecationMessage": .optional(self.deprecationMessage)
        case "deprecated": .value(self.deprecated)
        case "storage": .value(self.storage)
        default: nil
        }
    }
}

extension CodingKeyModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "declaration": .value(self.declaration)
        default: nil
        }
    }
}

extension StringEnumModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "name": .value(self.name)
        case "rawType": .value(self.rawType)
        case "cases": .value(self.cases.map(TemplateFieldsBox.init))
        default: nil
        }
    }
}

extension EnumCaseModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "name": .value(self.name)
        case "member": .value(self.member)
        case "literal": .value(self.literal)
        default: nil
        }
    }
}

extension UnionModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "name": .value(self.name)
        case "cases": .value(self.cases.map(TemplateFieldsBox.init))
        case "discriminator": .optional(self.discriminator.map(TemplateFieldsBox.init))
        case "kind": .value(self.kind)
        default: nil
        }
    }
}

extension UnionCaseModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "name": .value(self.name)
        case "type": .value(self.type)
        default: nil
        }
    }
}

extension DiscriminatorModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "propertyLiteral": .value(self.propertyLiteral)
        case "mappings": .value(self.mappings.map(TemplateFieldsBox.init))
        case "fallback": .optional(self.fallback.map(TemplateFieldsBox.init))
        case "decodeCall": .value(self.decodeCall)
        default: nil
        }
    }
}

extension DiscriminatorMappingModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "literal": .value(self.literal)
        case "caseName": .value(self.caseName)
        case "type": .value(self.type)
        default: nil
        }
    }
}

extension AliasModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "name": .value(self.name)
        case "target": .value(self.target)
        case "deprecationMessage": .optional(self.deprecationMessage)
        default: nil
        }
    }
}

extension ClientFile: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "header": .value(self.header)
        case "additionalImports": .value(self.additionalImports)
        case "access": .value(self.access)
        case "apiTitle": .value(self.apiTitle)
        case "defaultServerLiteral": .value(self.defaultServerLiteral)
        case "servers": .value(self.servers.map(TemplateFieldsBox.init))
        case "operationServers": .value(self.operationServers.map(TemplateFieldsBox.init))
        case "hasOperationServers": .value(self.hasOperationServers)
        case "operationServerURLsParameters": .value(self.operationServerURLsParameters)
        case "operations": .value(self.operations.map(TemplateFieldsBox.init))
        case "credentials": .value(self.credentials.map(TemplateFieldsBox.init))
        default: nil
        }
    }
}

extension ServerModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "isFirst": .value(self.isFirst)
        case "doc": .optional(self.doc)
        case "name": .value(self.name)
        case "parameters": .value(self.parameters)
        case "urlLiteral": .value(self.urlLiteral)
        case "variables": .value(self.variables)
        case "defaultLiteral": .value(self.defaultLiteral)
        case "enums": .value(self.enums.map(TemplateFieldsBox.init))
        default: nil
        }
    }
}

extension ServerVariableEnumModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "name": .value(self.name)
        case "cases": .value(self.cases)
        default: nil
        }
    }
}

extension OperationServersModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "typeName": .value(self.typeName)
        case "member": .value(self.member)
        case "servers": .value(self.servers.map(TemplateFieldsBox.init))
        default: nil
        }
    }
}

extension CredentialModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "signature": .value(self.signature)
        case "body": .value(self.body)
        default: nil
        }
    }
}

extension OperationModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "name": .value(self.name)
        case "parameters": .value(self.parameters)
        case "responseType": .value(self.responseType)
        case "operationIdLiteral": .value(self.operationIdLiteral)
        case "method": .value(self.method)
        case "pathExpression": .value(self.pathExpression)
        case "queryDeclaration": .value(self.queryDeclaration)
        case "queryStatements": .value(self.queryStatements)
        case "headerDeclaration": .value(self.headerDeclaration)
        case "headerStatements": .value(self.headerStatements)
        case "bodyStatements": .value(self.bodyStatements)
        case "acceptExpression": .value(self.acceptExpression)
        case "contentTypeExpression": .value(self.contentTypeExpression)
        case "switchCases": .value(self.switchCases)
        case "baseURLExpression": .value(self.baseURLExpression)
        case "deprecationAttribute": .optional(self.deprecationAttribute)
        default: nil
        }
    }
}

extension ResponseCaseModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "declaration": .value(self.declaration)
        default: nil
        }
    }
}

extension OperationsFile: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "header": .value(self.header)
        case "additionalImports": .value(self.additionalImports)
        case "access": .value(self.access)
        case "apiTitle": .value(self.apiTitle)
        case "operations": .value(self.operations.map(TemplateFieldsBox.init))
        case "receivers": .value(self.receivers.map(TemplateFieldsBox.init))
        case "representations": .value(self.representations.map(TemplateFieldsBox.init))
        default: nil
        }
    }
}

extension APIOperationModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "name": .value(self.name)
        case "parameters": .value(self.parameters)
        case "responseType": .value(self.responseType)
        case "responseCases": .value(self.responseCases.map(TemplateFieldsBox.init))
        default: nil
        }
    }
}

extension ServerFile: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "header": .value(self.header)
        case "additionalImports": .value(self.additionalImports)
        case "access": .value(self.access)
        case "apiTitle": .value(self.apiTitle)
        case "schemasLiteral": .value(self.schemasLiteral)
        case "operations": .value(self.operations.map(TemplateFieldsBox.init))
        default: nil
        }
    }
}

extension ServerOperationModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "name": .value(self.name)
        case "member": .value(self.member)
        case "method": .value(self.method)
        case "pathLiteral": .value(self.pathLiteral)
        case "operationIdLiteral": .value(self.operationIdLiteral)
        case "securityArgument": .value(self.securityArgument)
        case "producesArgument": .value(self.producesArgument)
        case "inputStatements": .value(self.inputStatements)
        case "arguments": .value(self.arguments)
        case "responseCases": .value(self.responseCases)
        default: nil
        }
    }
}

extension RepresentationModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "name": .value(self.name)
        case "inheritance": .value(self.inheritance)
        case "cases": .value(self.cases)
        case "doc": .optional(self.doc)
        case "members": .value(self.members)
        default: nil
        }
    }
}

extension TupleModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "name": .value(self.name)
        case "items": .value(self.items.map(TemplateFieldsBox.init))
        case "rest": .optional(self.rest)
        case "hasOptionalItems": .value(self.hasOptionalItems)
        case "initParameters": .value(self.initParameters)
        default: nil
        }
    }
}

extension TupleItemModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "name": .value(self.name)
        case "type": .value(self.type)
        case "declaredType": .value(self.declaredType)
        case "required": .value(self.required)
        default: nil
        }
    }
}

extension ReceiverProtocolModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .optional(self.doc)
        case "protocolName": .value(self.protocolName)
        case "requirements": .value(self.requirements.map(TemplateFieldsBox.init))
        default: nil
        }
    }
}

extension WebhooksFile: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "header": .value(self.header)
        case "additionalImports": .value(self.additionalImports)
        case "access": .value(self.access)
        case "apiTitle": .value(self.apiTitle)
        case "receivers": .value(self.receivers.map(TemplateFieldsBox.init))
        case "schemasLiteral": .value(self.schemasLiteral)
        case "hasReceivers": .value(self.hasReceivers)
        default: nil
        }
    }
}

extension ReceiverRegistrationModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "protocolName": .value(self.protocolName)
        case "registerName": .value(self.registerName)
        case "pathsType": .value(self.pathsType)
        case "registrations": .value(self.registrations.map(TemplateFieldsBox.init))
        case "paths": .value(self.paths.map(TemplateFieldsBox.init))
        case "pathsParameters": .value(self.pathsParameters)
        default: nil
        }
    }
}

extension ReceiverPathModel: TemplateFields {
    public func templateField(_ name: String) -> TemplateValue? {
        switch name {
        case "doc": .value(self.doc)
        case "member": .value(self.member)
        case "defaultLiteral": .value(self.defaultLiteral)
        default: nil
        }
    }
}
