import Foundation
import SpeccOpenAPI

/// Reads this process's memory figures from /proc (Linux); 0 where unavailable.
enum MemoryProbe {
    static let childFlag = "--memory-child"

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

    static func measureInChild(spec: String) -> (baseline: Int, peak: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = [childFlag, spec]
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
