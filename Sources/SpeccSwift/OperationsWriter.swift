import SpeccTemplating

/// `Templates/swift/operations.mustache` written in Swift (see `ModelsWriter`): the API protocol,
/// each operation's response enum, the receivers' protocols and the bodies' representations.
struct OperationsWriter: SwiftFileWriter {
    private(set) var text = TextWriter()

    mutating func write(_ file: OperationsFile) {
        let access = file.access
        text.swiftFileStart(header: file.header, openAPIRuntime: true, additionalImports: file.additionalImports)
        text.line()
        text.line("/// The operations of ", file.apiTitle, ". `Client` performs them over HTTP; a server implements this")
        text.line("/// protocol and calls `registerHandlers(on:)` to serve them, each request validated first.")
        text.line(access, " protocol APIProtocol: Sendable {")
        requirements(file.operations)
        text.line("}")
        responses(file.operations, access, noun: "The outcomes of")
        for receiver in file.receivers {
            text.line()
            if let doc = receiver.doc { text.line(doc) }
            text.line(access, " protocol ", receiver.protocolName, ": Sendable {")
            requirements(receiver.requirements)
            text.line("}")
            responses(receiver.requirements, access, noun: "The answers to")
        }
        for representation in file.representations {
            text.line()
            if let doc = representation.doc { text.line(doc) }
            text.line(access, " enum ", representation.name, ": ", representation.inheritance, " {")
            for item in representation.cases { text.line("    ", item) }
            text.line("}")
            for member in representation.members { text.line(member) }
        }
    }

    private mutating func requirements(_ operations: [APIOperationModel]) {
        for operation in operations {
            if let doc = operation.doc { text.line(doc) }
            text.line("    func ", operation.name, "(", operation.parameters, ") async throws -> ", operation.responseType)
        }
    }

    private mutating func responses(_ operations: [APIOperationModel], _ access: String, noun: String) {
        for operation in operations {
            text.line()
            text.line("/// ", noun, " `", operation.name, "`.")
            text.line(access, " enum ", operation.responseType, ": Hashable, Sendable {")
            for item in operation.responseCases {
                if let doc = item.doc { text.line(doc) }
                text.line("    ", item.declaration)
            }
            text.line("}")
        }
    }
}
