import ArgumentParser
import SpeccDiagnostics
import SpeccDiff
import SpeccPipeline
import SpeccSystem

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two versions of a spec and report breaking changes.",
        discussion: """
            Compares the specs' intermediate models, not their text: reordering keys, reformatting or \
            renaming a $ref target without changing its shape changes nothing on the wire. Each finding \
            has a rule id (see --list-rules) and a level: breaking (breaks clients on the wire), source \
            (breaks code using the generated Swift client), warning, or info.

            Either spec may be read from git as REV:PATH. Exit codes: 0 no finding at or above \
            --fail-on, 1 at least one, 2 a spec could not be read (diagnostics on standard error), \
            64 bad arguments.

            Examples:
              specc diff main:Specs/strigo-events.yaml Specs/strigo-events.yaml
              specc diff old.yaml new.yaml --format markdown --fail-on breaking
            """
    )

    @Argument(help: "The old spec: a file, or REV:PATH from git.")
    var old: String?

    @Argument(help: "The new spec: a file, or REV:PATH from git.")
    var new: String?

    @Option(help: "text, markdown (for a pull-request comment) or json.")
    var format: String = "text"

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at this level or worse: breaking, source or warning.")
    var failOn: String?

    @Option(help: "The date x-sunset dates are compared with (YYYY-MM-DD); today in UTC by default.")
    var today: String?

    @Flag(name: .customLong("closed-enums"), help: "Clients reject enum values and discriminated-union variants they do not know: a new one in a response is breaking, not a warning.")
    var closedEnums = false

    @Flag(name: .customLong("list-rules"), help: "Print the rule catalogue and exit.")
    var listRules = false

    @OptionGroup var frontEnd: FrontEndOptionGroup

    func validate() throws {
        if listRules { return }
        guard old != nil, new != nil else { throw ValidationError("Give the old and the new spec (or --list-rules).") }
        guard DiffReport.Format(rawValue: format) != nil else {
            throw ValidationError("Unknown format '\(format)'. Available: \(DiffReport.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if let failOn, Level(rawValue: failOn) == nil || failOn == "info" {
            throw ValidationError("Unknown --fail-on level '\(failOn)'. Available: breaking, source, warning.")
        }
        if let today, !Self.isDate(today) { throw ValidationError("--today must be YYYY-MM-DD, not '\(today)'.") }
    }

    func run() throws {
        if listRules {
            print(DiffReport.ruleTable(), terminator: "")
            return
        }
        var revisions: [GitRevision] = []
        defer { revisions.forEach { $0.remove() } }
        func input(_ argument: String) throws -> String {
            guard let (revision, path) = GitRevision.parse(argument) else { return argument }
            do {
                let extracted = try GitRevision.extract(revision: revision, path: path)
                revisions.append(extracted)
                return extracted.specPath
            } catch {
                StandardError.write("error: cannot read \(argument) from git: \(error)\n")
                throw ExitCode(2)
            }
        }
        let oldPath = try input(old!), newPath = try input(new!)
        var result = Pipeline.diff(old: oldPath, new: newPath, options: frontEnd.frontEndOptions, today: today ?? Self.todayUTC(),
                                   diffOptions: DiffOptions(closedEnums: closedEnums))
        result.diagnostics = result.diagnostics.map { $0.relocated(revisions.map { ($0.root + "/", $0.revision + ":") }) }
        StandardError.write(Pipeline.render(result.diagnostics))
        if result.hasErrors { throw ExitCode(2) }
        let findings = result.findings.map { $0.relocated(revisions.map { ($0.root + "/", $0.revision + ":") }) }
        print(DiffReport.render(findings, format: DiffReport.Format(rawValue: format)!), terminator: "")
        if let failOn, let threshold = Level(rawValue: failOn), findings.contains(where: { $0.level.fails(at: threshold) }) {
            throw ExitCode(1)
        }
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return text.count == 10 && parts.count == 3 && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    private static func todayUTC() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func padded(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(parts.tm_year + 1900, 4))-\(padded(parts.tm_mon + 1, 2))-\(padded(parts.tm_mday, 2))"
    }
}
