import Foundation
import Hummingbird
import OpenAPIHummingbird
import SpeccGoldenStrigoEvents
import SpeccRuntime
import StrigoEventsStore

// The Strigo events API, in memory, on Hummingbird: `swift run strigo-events-server [--port N]`.
// Paths are served under /api/v1, as on the spec's server (https://app.strigo.io/api/v1).
let arguments = CommandLine.arguments
let port = arguments.firstIndex(of: "--port").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil } ?? 8080
let host = arguments.firstIndex(of: "--host").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } ?? "127.0.0.1"

let router = Router()
try StrigoEventsStore().registerHandlers(on: router, pathPrefix: "/api/v1", options: ServerOptions(onHandlerError: { error, operation in
    FileHandle.standardError.write(Data("\(operation) failed: \(error)\n".utf8))
}))
let app = Application(router: router, configuration: .init(address: .hostname(host, port: port)))
FileHandle.standardError.write(Data("Strigo events API on http://\(host):\(port)/api/v1\n".utf8))
try await app.runService()
