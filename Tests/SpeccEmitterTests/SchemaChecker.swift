import Foundation
import SpeccIR

/// Runs `Tests/Scripts/check_schemas.py` (python-jsonschema, an implementation independent of ours).
enum SchemaChecker {
    struct Check {
        var schema: String
        var instance: JSONValue
        /// "valid", or the JSON Schema keyword expected to fail (`maxLength`, `required`, …).
        var expect: String
        var label: String
    }

    struct Report: Decodable {
        struct Result: Decodable {
            let ok: Bool
            let detail: String
        }

        let metaschema: [String]
        let checks: [Result]
    }

    static func run(root: String, metaschema: Bool, checks: [Check] = []) throws -> Report {
        let request = JSONValue.object([
            JSONMember("root", .string(root)),
            JSONMember("metaschema", .bool(metaschema)),
            JSONMember("checks", .array(checks.map {
                .object([JSONMember("schema", .string($0.schema)), JSONMember("instance", $0.instance), JSONMember("expect", .string($0.expect))])
            })),
        ])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", RepositoryFiles.root + "/Tests/Scripts/check_schemas.py"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Feed stdin from another thread: a large request must not block on a full pipe while
        // the script's output waits to be read.
        let payload = Data(request.compactText.utf8)
        let writer = Thread {
            input.fileHandleForWriting.write(payload)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CheckerFailure(message: "check_schemas.py failed: \(message)")
        }
        return try JSONDecoder().decode(Report.self, from: data)
    }

    struct CheckerFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
