// Front-end benchmark: run with `swift run -c release SpeccBenchmarks [spec.yaml]`.
//
// Every figure comes from this one process and run, so the ratios compare like with like on a
// noisy machine: each stage is timed several times and the fastest run is kept.
import CSpeccYAML
import Foundation
import SpeccDiff
import SpeccJSONSchema
import SpeccMarkdown
import SpeccOpenAPI
import SpeccPipeline
import SpeccSwift
import SpeccYAML

// The process is set up as `specc`'s, so the figures are the command's.
MallocTuning.apply()
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == MemoryProbe.childFlag {
    MemoryProbe.runChild(spec: arguments[1])
}
if arguments.first == MemoryProbe.generateChildFlag {
    MemoryProbe.runGenerateChild(spec: arguments[1], output: arguments[2])
}
let specPath = arguments.first ?? "Tests/Corpus/stripe/spec3.yaml"
let repetitions = Int(ProcessInfo.processInfo.environment["SPECC_BENCH_REPETITIONS"] ?? "") ?? 5

guard let bytes = FileManager.default.contents(atPath: specPath).map({ [UInt8]($0) }) else {
    FileHandle.standardError.write(Data("cannot read \(specPath)\n".utf8))
    exit(1)
}

/// libyaml's own event parse of the same bytes, doing nothing with the events: the floor.
func rawEventParse(_ bytes: [UInt8] = bytes) -> Int {
    var parser = yaml_parser_t()
    yaml_parser_initialize(&parser)
    defer { yaml_parser_delete(&parser) }
    var events = 0
    bytes.withUnsafeBufferPointer { buffer in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            events += 1
            if done { break }
        }
    }
    return events
}

let load = Stopwatch.fastest(of: repetitions) { _ = YAMLLoader.load(bytes: bytes, file: specPath) }
let document = YAMLLoader.load(bytes: bytes, file: specPath).document!
// On every core (the default) and on one, timed in turn.
let inOrder = FrontEndOptions(loweringThreads: 1)
let (lower, lowerInOrder) = Stopwatch.paired(of: repetitions, { _ = OpenAPIFrontEnd.compile(document: document) }, {
    _ = OpenAPIFrontEnd.compile(document: document, options: inOrder)
})
let loweredInParallel = OpenAPIFrontEnd.compile(document: document).loweredInParallel
/// The whole front end on the spec: its operations, schemas and errors.
func frontEnd() -> (operations: Int, schemas: Int, errors: Int) {
    let output = OpenAPIFrontEnd.compile(path: specPath)
    return (output.api?.operations.count ?? 0, output.api?.schemas.count ?? 0, output.diagnostics.filter { $0.severity == .error }.count)
}
let (floor, whole) = Stopwatch.paired(of: repetitions, { _ = rawEventParse() }, { _ = frontEnd() })
let (operations, schemas, errors) = frontEnd()
// The front end's figures alone, for iterating on it: the full run takes about 25 s here.
if ProcessInfo.processInfo.environment["SPECC_BENCH_FRONT_END_ONLY"] != nil {
    print("libyaml \(ms(floor))  load \(ms(load))  lower \(ms(lower)) (one thread \(ms(lowerInOrder)))  front end \(ms(whole))  \(String(format: "%.2f", whole / floor))x floor")
    exit(0)
}
// Docs: the Markdown emitter on the already-lowered API, and the whole generate stage from the file.
let (templates, _) = Pipeline.templates(overridesIn: nil)
let api = OpenAPIFrontEnd.compile(document: document).api!
var docFiles = 0, docBytes = 0
let docs = Stopwatch.fastest(of: repetitions) {
    let files = MarkdownEmitter.emit(api, specName: "spec", sourcePath: specPath, templates: templates!)
    docFiles = files.count
    docBytes = files.reduce(0) { $0 + $1.bytes.count }
}
let generate = Stopwatch.fastest(of: repetitions) {
    _ = Pipeline.generate(specs: [specPath], options: GenerateOptions(emitters: [.docs], templates: templates!))
}
var clientFiles = 0, clientBytes = 0
let client = Stopwatch.fastest(of: repetitions) {
    let files = SwiftEmitter.emit(api, specName: "spec", sourcePath: specPath, templates: templates!, outputs: .client)
    clientFiles = files.count
    clientBytes = files.reduce(0) { $0 + $1.bytes.count }
}
let generateClient = Stopwatch.fastest(of: repetitions) {
    _ = Pipeline.generate(specs: [specPath], options: GenerateOptions(emitters: [.client], templates: templates!))
}

// All four emitters from the IR, in memory: what `specc generate` does after the front end.
var allFiles = 0
let (allFour, frontEndBesideEmit) = Stopwatch.paired(of: repetitions, {
    allFiles = Pipeline.emit(api, specName: "spec", sourcePath: specPath, options: GenerateOptions(templates: templates!)).files.count
}, { _ = frontEnd() })

// On disk: every output generated and written into an empty folder, and the write stage alone,
// against the floor of writing the same bytes to the same paths; then a rerun that changes
// nothing (generate, then read every file back), against validating the spec.
let allOptions = GenerateOptions(templates: templates!)
let generation = Pipeline.generate(specs: [specPath], options: allOptions)
let generationBytes = generation.files.reduce(0) { $0 + $1.bytes.count }
// Disk times drift with the kernel's writeback of earlier runs, so the three are interleaved,
// each run into a folder of its own, and the fastest of each kept.
var diskFloor = Double.infinity, diskWrite = Double.infinity, diskGenerate = Double.infinity
for _ in 0..<repetitions {
    diskFloor = min(diskFloor, Stopwatch.fastest(of: 1, setup: { DiskFloor.emptyFolder("floor") }) { root in
        DiskFloor.write(generation.files, into: root)
    })
    diskWrite = min(diskWrite, Stopwatch.fastest(of: 1, setup: { DiskFloor.emptyFolder("write") }) { root in
        try! OutputPlan(generation: generation, root: root).apply()
    })
    diskGenerate = min(diskGenerate, Stopwatch.fastest(of: 1, setup: { DiskFloor.emptyFolder("generate") }) { root in
        precondition(Pipeline.generate(specs: [specPath], options: allOptions, writingInto: root).failure == nil)
    })
}
// The rerun as `specc generate` makes it: the last run's record checked (inputs digested,
// outputs stat'ed, owned folders listed) and replayed; and without a record, generating and
// reading every file back.
let rerunRoot = DiskFloor.emptyFolder("rerun")
try! OutputPlan(generation: generation, root: rerunRoot).apply()
RerunCache(folder: rerunRoot + "-cache", root: rerunRoot, specs: [specPath], options: allOptions)
    .save(generation, diagnostics: Pipeline.render(generation.diagnostics))
let (rerun, validate) = Stopwatch.paired(of: repetitions, {
    precondition(RerunCache(folder: rerunRoot + "-cache", root: rerunRoot, specs: [specPath], options: allOptions).replay() != nil)
}, {
    _ = Pipeline.render(Pipeline.compile(spec: specPath, options: FrontEndOptions()).diagnostics)
})
let (rerunWithoutRecord, validateBesideIt) = Stopwatch.paired(of: repetitions, {
    precondition(OutputPlan(generation: Pipeline.generate(specs: [specPath], options: allOptions), root: rerunRoot).isUpToDate)
}, {
    _ = Pipeline.render(Pipeline.compile(spec: specPath, options: FrontEndOptions()).diagnostics)
})

// JSON input: OpenAI's spec rewritten as JSON, through the same front end, against libyaml's
// event parse of that JSON text.
let jsonSource = ProcessInfo.processInfo.environment["SPECC_BENCH_JSON_SOURCE"] ?? "Tests/Corpus/openai/openapi.yaml"
let jsonSpec = JSONSpec.write(from: jsonSource)
let jsonBytes = jsonSpec.flatMap { FileManager.default.contents(atPath: $0) }.map { [UInt8]($0) } ?? []
var jsonOperations = 0
let (jsonFloor, jsonFrontEnd) = Stopwatch.paired(of: repetitions, { _ = rawEventParse(jsonBytes) }, {
    guard let jsonSpec else { return }
    jsonOperations = OpenAPIFrontEnd.compile(path: jsonSpec).api?.operations.count ?? 0
})

// Diff: the previous Stripe spec against this one (both compiled, then compared on the IR).
let baseSpec = ProcessInfo.processInfo.environment["SPECC_BENCH_DIFF_BASE"] ?? "Tests/Corpus/stripe/spec3-2023-07-18.yaml"
let baseAPI = FileManager.default.fileExists(atPath: baseSpec) ? OpenAPIFrontEnd.compile(path: baseSpec).api : nil
var findings = 0
let compare = Stopwatch.fastest(of: repetitions) {
    if let baseAPI { findings = SpecDiff.compare(old: baseAPI, new: api, today: "2026-11-23").count }
}
let (wholeDiff, frontEndBesideDiff) = Stopwatch.paired(of: repetitions, {
    _ = Pipeline.diff(old: baseSpec, new: specPath, today: "2026-11-23")
}, { _ = frontEnd() })

// A spec split over many files: DigitalOcean's 2,900, joined by relative (and non-portable) refs.
let splitSpec = ProcessInfo.processInfo.environment["SPECC_BENCH_SPLIT_SPEC"] ?? "Tests/Corpus/digitalocean/specification/DigitalOcean-public.v2.yaml"
let hasSplitSpec = FileManager.default.fileExists(atPath: splitSpec)
var splitOperations = 0, splitFiles = 0, splitErrors = 0
let splitFrontEnd = Stopwatch.fastest(of: repetitions) {
    guard hasSplitSpec else { return }
    let output = OpenAPIFrontEnd.compile(path: splitSpec)
    splitOperations = output.api?.operations.count ?? 0
    splitErrors = output.diagnostics.filter { $0.severity == .error }.count
}
let splitGenerate = Stopwatch.fastest(of: repetitions) {
    guard hasSplitSpec else { return }
    splitFiles = Pipeline.generate(specs: [splitSpec], options: GenerateOptions(templates: templates!)).files.count
}

// Memory is measured in a fresh child process that compiles once, so nothing this process
// keeps for timing inflates the peak.
let memory = MemoryProbe.measureInChild(spec: specPath)
let generateMemory = MemoryProbe.measureInChild(spec: specPath, generatingInto: DiskFloor.emptyFolder("memory"))
// The command itself, which links less than this benchmark (no Foundation beyond its essentials).
let specc = MemoryProbe.speccBinary
let speccIdle = specc.flatMap { MemoryProbe.peakOfProcess($0, ["--help"]) }
let speccValidate = specc.flatMap { MemoryProbe.peakOfProcess($0, ["validate", specPath]) }
let speccGenerate = specc.flatMap { MemoryProbe.peakOfProcess($0, ["generate", "--spec", specPath, "--output", DiskFloor.emptyFolder("specc"), "--no-cache"]) }

func ms(_ seconds: Double) -> String { String(format: "%8.1f ms", seconds * 1000) }
func mb(_ bytes: Int) -> String { String(format: "%6.1f MB", Double(bytes) / 1_048_576) }

print("spec                 \(specPath) (\(mb(bytes.count)), \(rawEventParse()) events, \(document.nodeCount) nodes)")
print("result               \(operations) operations, \(schemas) schemas, \(errors) errors")
print("fastest of \(repetitions) runs each (stages compared in a ratio are timed in turn):")
print("  libyaml events     \(ms(floor))   (the floor)")
print("  load into nodes    \(ms(load))   \(String(format: "%.2f", load / floor))x floor")
print("  lower into IR      \(ms(lower))   \(String(format: "%.2f", lower / floor))x floor (from loaded nodes, \(loweredInParallel ? "paths and schemas on \(ProcessInfo.processInfo.activeProcessorCount) threads" : "one thread"))")
print("  ... on one thread  \(ms(lowerInOrder))   \(String(format: "%.2f", lowerInOrder / lower))x the above")
print("  whole front end    \(ms(whole))   \(String(format: "%.2f", whole / floor))x floor (read + load + lower)   target <= 2.5x")
print("docs (Markdown):")
print("  emit from IR       \(ms(docs))   (\(docFiles) pages, \(mb(docBytes)))")
print("  generate docs      \(ms(generate))   (read + load + lower + emit, in memory)")
print("Swift client:")
print("  emit from IR       \(ms(client))   (\(clientFiles) files, \(mb(clientBytes)))")
print("  generate client    \(ms(generateClient))   (read + load + lower + emit, in memory)")
print("all four emitters (docs, schemas, client, server) from the IR, in memory:")
print("  emit from IR       \(ms(allFour))   (\(allFiles) files)   \(String(format: "%.2f", allFour / frontEndBesideEmit))x the front end (\(ms(frontEndBesideEmit)), timed in turn)   target <= 2x")
print("on disk (\(generation.files.count) files, \(mb(generationBytes)), all four outputs into an empty folder):")
print("  plain write loop   \(ms(diskFloor))   (temp file + rename per file: the filesystem's floor)")
print("  write stage        \(ms(diskWrite))   \(String(format: "%.2f", diskWrite / diskFloor))x the floor   target <= 1.3x")
print("  whole generate     \(ms(diskGenerate))   (read + load + lower, then emit and write each file as made)   \(String(format: "%.2f", diskGenerate / diskFloor))x the floor")
print("  no-change rerun    \(ms(rerun))   (the last run's record checked and replayed)   \(String(format: "%.2f", rerun / validate))x validate (\(ms(validate)))   target <= 1.5x")
print("  rerun, no record   \(ms(rerunWithoutRecord))   (generate, compare with disk)   \(String(format: "%.2f", rerunWithoutRecord / validateBesideIt))x validate (\(ms(validateBesideIt)))")
if jsonSpec != nil {
    print("JSON input (\(jsonSource) as JSON, \(mb(jsonBytes.count)), \(jsonOperations) operations):")
    print("  libyaml events     \(ms(jsonFloor))   (the floor)")
    print("  whole front end    \(ms(jsonFrontEnd))   \(String(format: "%.2f", jsonFrontEnd / jsonFloor))x floor   target <= 3x")
}
if baseAPI != nil {
    print("diff against \(baseSpec):")
    print("  compare IRs        \(ms(compare))   (\(findings) findings)")
    print("  whole diff         \(ms(wholeDiff))   (both specs read, loaded, lowered, compared)   \(String(format: "%.2f", wholeDiff / frontEndBesideDiff))x one front end (\(ms(frontEndBesideDiff)), timed in turn)   target <= 2x")
}
if hasSplitSpec {
    print("split spec \(splitSpec) (\(splitOperations) operations, \(splitErrors) errors):")
    print("  whole front end    \(ms(splitFrontEnd))   (every file read, loaded, lowered)")
    print("  generate all four  \(ms(splitGenerate))   (\(splitFiles) files: docs, schemas, client, server, in memory)   \(String(format: "%.2f", splitGenerate / splitFrontEnd))x its front end")
}
DiskFloor.removeAll()
print("memory (a fresh process of this benchmark compiling once):")
print("  peak RSS           \(mb(memory.peak))   \(String(format: "%.1f", Double(memory.peak) / Double(bytes.count)))x file size")
print("  runtime baseline   \(mb(memory.baseline))   (that process's RSS before reading the spec)")
print("  peak above base    \(mb(memory.peak - memory.baseline))   \(String(format: "%.1f", Double(memory.peak - memory.baseline) / Double(bytes.count)))x file size")
print("memory (a fresh process of this benchmark generating all four outputs on disk, as `specc generate`):")
print("  peak RSS           \(mb(generateMemory.peak))   \(String(format: "%.1f", Double(generateMemory.peak) / Double(bytes.count)))x file size")
if let specc, let speccIdle, let speccValidate, let speccGenerate {
    print("memory of the specc binary (\(specc)):")
    print("  specc --help       \(mb(speccIdle))   (the runtime alone)")
    print("  specc validate     \(mb(speccValidate))   \(String(format: "%.1f", Double(speccValidate) / Double(bytes.count)))x file size")
    print("  specc generate     \(mb(speccGenerate))   \(String(format: "%.1f", Double(speccGenerate) / Double(bytes.count)))x file size (all four, into an empty folder, --no-cache)   target <= 10x")
} else {
    print("memory of the specc binary: not measured (build it: swift build -c release --product specc)")
}
