import Foundation
import SpeccOpenAPI
import SpeccPipeline

/// Reads this process's memory figures from /proc (Linux); 0 where unavailable.
enum MemoryProbe {
    static let childFlag = "--memory-child"
    static let generateChildFlag = "--memory-generate-child"

    static func residentBytes() -> Int { field("VmRSS:") }
    static func peakResidentBytes() -> Int { field("VmHWM:") }

    /// In the child: compile once, print "baseline peak" in bytes, exit.
    static func runChild(spec: String) -> Never {
        let baseline = residentBytes()
        let output = OpenAPIFrontEnd.compile(path: spec)
        let peak = peakResidentBytes()
        print("\(baseline) \(peak) \(output.api?.operations.count ?? -1)")
        exit(0)
    }

    /// In the child: what `specc generate` does (all four outputs, written into `output`), then
    /// the same figures.
    static func runGenerateChild(spec: String, output: String) -> Never {
        let baseline = residentBytes()
        let (templates, _) = Pipeline.templates(overridesIn: nil)
        let written = Pipeline.generate(specs: [spec], options: GenerateOptions(templates: templates!), writingInto: output)
        let peak = peakResidentBytes()
        print("\(baseline) \(peak) \(written.files.count)")
        exit(0)
    }

    /// `arguments` after the child flag: the spec, and for a generate the output folder.
    static func measureInChild(spec: String, generatingInto output: String? = nil) -> (baseline: Int, peak: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = output.map { [generateChildFlag, spec, $0] } ?? [childFlag, spec]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return (0, 0) }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let numbers = output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return numbers.count >= 2 ? (numbers[0], numbers[1]) : (0, 0)
    }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}
