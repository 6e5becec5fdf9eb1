import ArgumentParser
import SpeccPipeline

struct IR: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ir",
        abstract: "Print a spec's intermediate model as stable JSON.",
        discussion: """
            The IR is what every emitter and `specc diff` read: operations with resolved parameters, \
            bodies, responses and security, and the named schema graph. Keys are sorted and the \
            output is byte-identical for the same input. Diagnostics go to standard error; on any \
            error nothing is printed to standard output and the exit code is 1.

            Example:
              specc ir Specs/strigo-events.yaml > strigo.ir.json
            """
    )

    @Argument(help: "An OpenAPI 3.0, 3.1 or 3.2 file (YAML or JSON).")
    var spec: String

    @OptionGroup var frontEnd: FrontEndOptionGroup

    func run() throws {
        let output = Pipeline.compile(spec: spec, options: frontEnd.frontEndOptions)
        StandardError.write(Pipeline.render(output.diagnostics))
        guard let api = output.api, !output.hasErrors else { throw ExitCode(1) }
        print(try Pipeline.irJSON(api), terminator: "")
    }
}
