import Foundation
import OpenAPIRuntime

/// A body read into memory up to a limit, failing with the caller's own error past it.
/// (`Data(collecting:upTo:)` throws a private error type, which a caller cannot tell apart from a
/// failure of the stream itself.)
enum BoundedBody {
    static func collect(_ body: HTTPBody, limit: Int, tooLarge: @autoclosure () -> any Error) async throws -> Data {
        var data = Data()
        for try await chunk in body {
            guard data.count + chunk.count <= limit else { throw tooLarge() }
            data.append(contentsOf: chunk)
        }
        return data
    }
}
