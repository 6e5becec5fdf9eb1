import ArgumentParser
import SpeccJSONSchema
import SpeccPipeline

extension SchemaLayout: ExpressibleByArgument {}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Regenerate outputs (reference docs, …) from specs into Generated/.",
        discussion: """
            With no arguments, reads every spec in Specs/ and writes Generated/<spec>/<emitter>/. \
            Everything is generated in memory first: if any spec has an error nothing is written. \
            Files are replaced atomically and only when their bytes change; files specc no longer \
            generates are removed, but only inside the emitter folders it owns.

            A rerun that would change nothing finishes without generating: each run that writes \
            leaves a record outside the output (in $SPECC_CACHE_DIR, else ~/.cache/specc) of the \
            files it read and wrote; while specc, the options, the inputs' bytes and the outputs \
            on disk are as recorded, the next run prints the recorded warnings and stops. \
            --no-cache always generates.

            --check writes nothing: it lists missing, changed and stale files and exits 1 if there \
            are any (for CI and review).

            Examples:
              specc generate
              specc generate --spec Specs/strigo-events.yaml --emit docs --output /tmp/out
              specc generate --check
            """
    )

    @Option(name: .customLong("spec"), help: "A spec to generate from (repeatable). Default: every spec in Specs/.")
    var specs: [String] = []

    @Option(help: "The output root.")
    var output = "Generated"

    @Option(help: "Comma-separated emitters: \(Emitter.allCases.map(\.rawValue).joined(separator: ", ")).")
    var emit = Emitter.allCases.map(\.rawValue).joined(separator: ",")

    @Option(help: "A folder of .mustache files overriding built-in templates by name (see `specc templates export`).")
    var templates: String?

    @Option(name: .customLong("schema-base-uri"), help: "The URI the JSON Schemas' $id values start with (default: beside the spec's 3.2 $self, else \(JSONSchemaEmitter.defaultBaseURI)).")
    var schemaBaseURI: String?

    @Option(name: .customLong("schema-layout"), help: "How JSON Schemas are laid out: \(SchemaLayout.allCases.map(\.rawValue).joined(separator: ", ")) (files: one per schema and body; bundle: one schemas/bundle.json with each under $defs).")
    var schemaLayout: SchemaLayout = .files

    @Flag(help: "Report stale outputs instead of writing; exit 1 if any.")
    var check = false

    @Flag(name: .customLong("no-cache"), help: "Generate even when the last run's record says nothing would change.")
    var noCache = false

    @OptionGroup var frontEnd: FrontEndOptionGroup

    func validate() throws {
        for name in emit.split(separator: ",") where Emitter(rawValue: String(name)) == nil {
            throw ValidationError("Unknown emitter '\(name)'. Available: \(Emitter.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    func run() throws {
        let specFiles = specs.isEmpty ? Pipeline.specFiles(in: "Specs") : specs
        guard !specFiles.isEmpty else {
            throw ValidationError("No specs to generate from: Specs/ has no .yaml, .yml or .json files. Pass --spec FILE.")
        }
        let (templateSet, templateDiagnostics) = Pipeline.templates(overridesIn: templates)
        StandardError.write(Pipeline.render(templateDiagnostics))
        guard let templateSet else { throw ExitCode(1) }
        let emitters = emit.split(separator: ",").compactMap { Emitter(rawValue: String($0)) }
        let options = GenerateOptions(emitters: emitters, templates: templateSet, frontEnd: frontEnd.frontEndOptions,
                                      schemaBaseURI: schemaBaseURI, schemaLayout: schemaLayout)
        // --check compares bytes, so it never trusts a record.
        let cache = check || noCache ? nil : RerunCache.defaultFolder.map { RerunCache(folder: $0, root: output, specs: specFiles, options: options) }
        if let replay = cache?.replay() {
            StandardError.write(replay.diagnostics)
            print("\(replay.fileCount) files generated, 0 changed")
            return
        }
        guard check else {
            // A record must never outlive a write that failed half way.
            cache?.forget()
            let written = Pipeline.generate(specs: specFiles, options: options, writingInto: output)
            let diagnostics = Pipeline.render(written.diagnostics)
            StandardError.write(diagnostics)
            guard !written.hasErrors else {
                StandardError.write("specc: nothing written: fix the errors above\n")
                throw ExitCode(1)
            }
            if let failure = written.failure { throw failure }
            cache?.save(written, diagnostics: diagnostics)
            print("\(written.files.count) files generated, \(written.changes.count) changed")
            return
        }
        let generation = Pipeline.generate(specs: specFiles, options: options)
        StandardError.write(Pipeline.render(generation.diagnostics))
        guard !generation.hasErrors else {
            StandardError.write("specc: nothing written: fix the errors above\n")
            throw ExitCode(1)
        }
        let plan = OutputPlan(generation: generation, root: output)
        for change in plan.changes { print("\(change.verb): \(output)/\(change.path)") }
        if !plan.isUpToDate {
            StandardError.write("specc: \(plan.changes.count) generated file(s) out of date; run `specc generate`\n")
            throw ExitCode(1)
        }
        print("\(generation.files.count) files up to date")
    }
}
