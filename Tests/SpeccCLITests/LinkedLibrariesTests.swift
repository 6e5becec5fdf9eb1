import Foundation
import Testing

/// What the `specc` binary loads when it starts, which every run pays for in memory and time.
@Suite struct LinkedLibrariesTests {
    #if os(Linux)
    /// Foundation's essentials only: the whole of Foundation and the ICU it brings were 7 MB of a
    /// generate's resident memory (a hello world: 18.5 MB with them, 11.8 MB without). A module
    /// that imports `Foundation` (rather than `FoundationEssentials` where it exists) brings them back.
    @Test func speccLoadsNeitherFoundationNorICU() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [CLIRunner.binary.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(libraries.contains("libswiftCore.so"), "ldd lists the binary's libraries:\n\(libraries)")
        for library in ["libFoundation.so", "libFoundationInternationalization.so", "lib_FoundationICU.so"] {
            #expect(!libraries.contains(library), "specc loads \(library):\n\(libraries)")
        }
    }
    #endif
}
