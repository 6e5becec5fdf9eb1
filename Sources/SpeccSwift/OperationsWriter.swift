/// `Templates/swift/operations.mustache` written in Swift (see `ModelsWriter`): the API protocol,
/// each operation's response enum, the receivers' protocols and the bodies' representations.
struct OperationsWriter {
    private var out = ""

    static func render(_ file: OperationsFile) -> String {
        var writer = OperationsWriter()
        writer.file(file)
        return writer.out
    }

    private mutating func line(_ parts: String...) {
        for part in parts { out += part }
        out += "\n"
    }

    private mutating func file(_ file: OperationsFile) {
        let access = file.access
        line(file.header)
        line()
        line("import Foundation")
        line("import OpenAPIRuntime")
        line("@_spi(Generated) import SpeccRuntime")
        for module in file.additionalImports { line("import ", module) }
        line()
        line("/// The operations of ", file.apiTitle, ". `Client` performs them over HTTP; a server implements this")
        line("/// protocol and calls `registerHandlers(on:)` to serve them, each request validated first.")
        line(access, " protocol APIProtocol: Sendable {")
        requirements(file.operations)
        line("}")
        responses(file.operations, access, noun: "The outcomes of")
        for receiver in file.receivers {
            line()
            if let doc = receiver.doc { line(doc) }
            line(access, " protocol ", receiver.protocolName, ": Sendable {")
            requirements(receiver.requirements)
            line("}")
            responses(receiver.requirements, access, noun: "The answers to")
        }
        for representation in file.representations {
            line()
            if let doc = representation.doc { line(doc) }
            line(access, " enum ", representation.name, ": ", representation.inheritance, " {")
            for item in representation.cases { line("    ", item) }
            line("}")
            for member in representation.members { line(member) }
        }
    }

    private mutating func requirements(_ operations: [APIOperationModel]) {
        for operation in operations {
            if let doc = operation.doc { line(doc) }
            line("    func ", operation.name, "(", operation.parameters, ") async throws -> ", operation.responseType)
        }
    }

    private mutating func responses(_ operations: [APIOperationModel], _ access: String, noun: String) {
        for operation in operations {
            line()
            line("/// ", noun, " `", operation.name, "`.")
            line(access, " enum ", operation.responseType, ": Hashable, Sendable {")
            for item in operation.responseCases {
                if let doc = item.doc { line(doc) }
                line("    ", item.declaration)
            }
            line("}")
        }
    }
}
