import SpeccSystem

/// Runs a program to its end, its standard output and error each captured in a file of their
/// own (so neither can fill a pipe while the other is read): what `Process` does for specc,
/// without loading Foundation.
enum Subprocess {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    struct LaunchError: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `arguments[0]` found on `PATH`, with the rest as its arguments.
    static func run(_ arguments: [String]) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("specc-run-\(UUID().uuidString)").path
        let outputPath = scratch + ".out", errorsPath = scratch + ".err"
        defer {
            unlink(outputPath)
            unlink(errorsPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var process = pid_t()
        let spawned = withCStrings(arguments) { argv in
            posix_spawnp(&process, arguments[0], &actions, nil, argv, environ)
        }
        guard spawned == 0 else {
            throw LaunchError(description: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(process, &status, 0) < 0 {
            guard errno == EINTR else { throw LaunchError(description: "lost \(arguments[0]): \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import: the low seven bits are the signal.
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus, output: contents(of: outputPath), errors: contents(of: errorsPath))
    }

    private static func contents(of path: String) -> String {
        (try? Data(contentsOf: URL(fileURLWithPath: path))).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// `body` with a NULL-terminated `argv` of `strings`.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        return body(pointers + [nil])
    }
}
