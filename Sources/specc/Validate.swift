import ArgumentParser
import SpeccPipeline

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check OpenAPI specs and report every problem in one run.",
        discussion: """
            Prints each problem as FILE:LINE:COL: error|warning: message [code], sorted by location, \
            then a summary per spec. Exits 1 if any spec has an error; warnings alone exit 0.

            Example:
              specc validate Specs/strigo-events.yaml Specs/losant.yaml
            """
    )

    @Argument(help: "OpenAPI 3.0, 3.1 or 3.2 files (YAML or JSON).")
    var specs: [String]

    @OptionGroup var frontEnd: FrontEndOptionGroup

    @Flag(name: .customLong("quiet"), help: "Print problems only, no per-spec summary.")
    var quiet = false

    func run() throws {
        var failed = false
        for spec in specs {
            let output = Pipeline.compile(spec: spec, options: frontEnd.frontEndOptions)
            StandardError.write(Pipeline.render(output.diagnostics))
            if !quiet {
                print("\(spec): \(output.hasErrors ? "invalid" : "valid") (\(Pipeline.summary(output.diagnostics)))")
            }
            failed = failed || output.hasErrors || output.api == nil
        }
        if failed { throw ExitCode(1) }
    }
}
