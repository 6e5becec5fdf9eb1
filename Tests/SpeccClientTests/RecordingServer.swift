import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A real HTTP server on 127.0.0.1 (`Tests/Scripts/recording_server.py`) that answers with
/// scripted responses and reports exactly what the client sent.
final class RecordingServer: @unchecked Sendable {
    struct Request: Decodable, Equatable {
        let method: String
        let path: String
        let headers: [String: String]
        let body: String

        /// The body bytes as text.
        var bodyText: String { String(decoding: Data(base64Encoded: body) ?? Data(), as: UTF8.self) }
    }

    private let process = Process()
    private let input = Pipe()
    let port: Int

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Tests/Scripts/recording_server.py").path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw URLError(.cannotConnectToHost)
        }
        self.port = port
    }

    deinit {
        // Closing stdin ends the server.
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    func url(_ path: String = "") -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// The next request the client makes gets this response.
    func respond(_ status: Int, body: String = "", headers: [String: String] = [:]) async throws {
        var request = URLRequest(url: url("/__specc/respond"))
        request.httpMethod = "POST"
        let payload: [String: Any] = ["status": status, "body": body, "headers": headers]
        request.httpBody = try JSONSerialization.data(withJSONObject: payload)
        _ = try await URLSession.shared.data(for: request)
    }

    /// What the client sent since the last call, oldest first.
    func received() async throws -> [Request] {
        let (data, _) = try await URLSession.shared.data(from: url("/__specc/requests"))
        return try JSONDecoder().decode([Request].self, from: data)
    }
}
