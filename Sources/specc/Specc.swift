import ArgumentParser
import SpeccPipeline

@main
struct Specc: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specc",
        abstract: "Compile OpenAPI 3.0, 3.1 and 3.2 specs: validate them, print their intermediate model, generate docs, JSON Schemas and Swift code, diff two versions.",
        discussion: """
            specc reads OpenAPI YAML or JSON with libyaml, resolves every $ref, checks the spec and \
            lowers it into one language-neutral model (the IR) that its emitters read.

            Diagnostics are printed as path/to/spec.yaml:LINE:COL: error: message [code].
            Exit codes: 0 success, 1 problems found, 64 bad arguments.
            """,
        subcommands: [Generate.self, GenerateSources.self, Validate.self, IR.self, SchemaCommand.self, Diff.self, Templates.self]
    )

    static func main() {
        MallocTuning.apply()
        main(nil)
    }
}
