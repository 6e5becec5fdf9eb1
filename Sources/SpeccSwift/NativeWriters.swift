import SpeccTemplating

/// The built-in Swift templates' specialisations: each renders exactly what its template does,
/// used unless the user overrides that template (then Mustache renders theirs).
enum NativeWriters {
    /// The text `template` makes of `model`, or nil where no specialisation applies.
    static func render(_ model: Any, _ template: String, _ templates: TemplateSet) -> [UInt8]? {
        guard templates.isBuiltIn(template) else { return nil }
        switch (template, model) {
        case ("swift/models", let file as ModelsFile): return ModelsWriter.render(file)
        case ("swift/operations", let file as OperationsFile): return OperationsWriter.render(file)
        case ("swift/server", let file as ServerFile): return ServerWriter.render(file)
        case ("swift/client", let file as ClientFile): return ClientWriter.render(file)
        case ("swift/webhooks", let file as WebhooksFile): return WebhooksWriter.render(file)
        default: return nil
        }
    }
}

/// One built-in Swift template written in Swift: writes a file's model into `text`, byte for byte
/// what the template renders.
protocol SwiftFileWriter {
    associatedtype File
    init()
    var text: TextWriter { get }
    mutating func write(_ file: File)
}

extension SwiftFileWriter {
    static func render(_ file: File) -> [UInt8] {
        var writer = Self()
        writer.write(file)
        return writer.text.utf8
    }
}

extension TextWriter {
    /// The head every generated Swift file starts with: its header comment, then the imports.
    mutating func swiftFileStart(header: String, openAPIRuntime: Bool, additionalImports: [String]) {
        line(header)
        line()
        swiftImports(openAPIRuntime: openAPIRuntime, additionalImports: additionalImports)
    }

    /// The imports of a generated Swift file.
    mutating func swiftImports(openAPIRuntime: Bool, additionalImports: [String]) {
        line("import Foundation")
        if openAPIRuntime { line("import OpenAPIRuntime") }
        line("@_spi(Generated) import SpeccRuntime")
        for module in additionalImports { line("import ", module) }
    }
}
