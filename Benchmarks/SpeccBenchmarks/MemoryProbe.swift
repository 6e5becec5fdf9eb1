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

    /// The `specc` binary beside this one (`swift build -c release --product specc`), if built.
    static var speccBinary: String? {
        let path = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("specc").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// The peak resident bytes of `binary` run with `arguments`, its output discarded; nil if it
    /// could not run or failed. Read from the child's own `VmHWM` every millisecond while it runs
    /// (a high-water mark, so a read after the peak holds it): `wait4`'s `ru_maxrss` would not do,
    /// as Linux folds the spawning process's own peak into the child's at `exec`.
    static func peakOfProcess(_ binary: String, _ arguments: [String]) -> Int? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var child = pid_t()
        guard posix_spawn(&child, binary, &actions, nil, argv + [nil], environ) == 0 else { return nil }
        var status: Int32 = 0
        var peak = 0
        while waitpid(child, &status, WNOHANG) == 0 {
            peak = max(peak, field("VmHWM:", of: "/proc/\(child)/status"))
            usleep(1000)
        }
        return status == 0 ? peak : nil
    }

    private static func field(_ name: String, of file: String = "/proc/self/status") -> Int {
        guard let status = try? String(contentsOfFile: file, encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}
