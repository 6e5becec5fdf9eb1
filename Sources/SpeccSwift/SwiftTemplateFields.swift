import SpeccTemplating

// Field lists for the Swift templates' view models (see `TemplateFields`): the same names the
// templates use, looked up without reflection; nested models are boxed here, statically.

extension ModelsFile: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "header": self.header
        case "structs": self.structs.map(TemplateFieldsBox.init)
        case "stringEnums": self.stringEnums.map(TemplateFieldsBox.init)
        case "unions": self.unions.map(TemplateFieldsBox.init)
        case "aliases": self.aliases.map(TemplateFieldsBox.init)
        default: nil
        }
    }
}

extension StructModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "doc": self.doc
        case "name": self.name
        case "properties": self.properties.map(TemplateFieldsBox.init)
        case "initParameters": self.initParameters
        case "codingKeys": self.codingKeys.map(TemplateFieldsBox.init).map { $0 as Any }
        default: nil
        }
    }
}

extension CodingKeysModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "keys": self.keys.map(TemplateFieldsBox.init)
        default: nil
        }
    }
}

extension PropertyModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "doc": self.doc
        case "name": self.name
        case "type": self.type
        case "wrapper": self.wrapper
        case "binding": self.binding
        default: nil
        }
    }
}

extension CodingKeyModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "declaration": self.declaration
        default: nil
        }
    }
}

extension StringEnumModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "doc": self.doc
        case "name": self.name
        case "cases": self.cases.map(TemplateFieldsBox.init)
        default: nil
        }
    }
}

extension EnumCaseModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "name": self.name
        case "literal": self.literal
        default: nil
        }
    }
}

extension UnionModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "doc": self.doc
        case "name": self.name
        case "cases": self.cases.map(TemplateFieldsBox.init)
        case "discriminator": self.discriminator.map(TemplateFieldsBox.init).map { $0 as Any }
        case "kind": self.kind
        default: nil
        }
    }
}

extension UnionCaseModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "name": self.name
        case "type": self.type
        default: nil
        }
    }
}

extension DiscriminatorModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "propertyLiteral": self.propertyLiteral
        case "mappings": self.mappings.map(TemplateFieldsBox.init)
        default: nil
        }
    }
}

extension DiscriminatorMappingModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "literal": self.literal
        case "caseName": self.caseName
        case "type": self.type
        default: nil
        }
    }
}

extension AliasModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "doc": self.doc
        case "name": self.name
        case "target": self.target
        default: nil
        }
    }
}

extension ClientFile: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "header": self.header
        case "apiTitle": self.apiTitle
        case "defaultServerLiteral": self.defaultServerLiteral
        case "servers": self.servers.map(TemplateFieldsBox.init)
        case "operations": self.operations.map(TemplateFieldsBox.init)
        case "credentials": self.credentials.map(TemplateFieldsBox.init)
        default: nil
        }
    }
}

extension ServerModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "literal": self.literal
        case "description": self.description
        default: nil
        }
    }
}

extension CredentialModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "doc": self.doc
        case "signature": self.signature
        case "body": self.body
        default: nil
        }
    }
}

extension OperationModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "doc": self.doc
        case "name": self.name
        case "parameters": self.parameters
        case "responseType": self.responseType
        case "responseCases": self.responseCases.map(TemplateFieldsBox.init)
        case "operationIdLiteral": self.operationIdLiteral
        case "method": self.method
        case "pathExpression": self.pathExpression
        case "queryDeclaration": self.queryDeclaration
        case "queryStatements": self.queryStatements
        case "headerDeclaration": self.headerDeclaration
        case "headerStatements": self.headerStatements
        case "bodyStatement": self.bodyStatement
        case "contentTypeExpression": self.contentTypeExpression
        case "switchCases": self.switchCases
        default: nil
        }
    }
}

extension ResponseCaseModel: TemplateFields {
    public func templateField(_ name: String) -> Any?? {
        switch name {
        case "doc": self.doc
        case "declaration": self.declaration
        default: nil
        }
    }
}
