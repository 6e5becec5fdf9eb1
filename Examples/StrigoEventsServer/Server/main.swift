import Foundation
import Hummingbird
import OpenAPIHummingbird
import SpeccGoldenStrigoEvents
import SpeccRuntime
import StrigoEventsStore

// The Strigo events API, in memory, on Hummingbird:
//     swift run strigo-events-server [--host 127.0.0.1] [--port 8080] [--token demo-org:demo-key]
// Paths are served under /api/v1, as on the spec's server (https://app.strigo.io/api/v1); every
// request needs `Authorization: Bearer <token>`, the spec's `orgApiKey` scheme.
let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}
let host = option("--host") ?? "127.0.0.1"
let port = option("--port").flatMap(Int.init) ?? 8080
let token = option("--token") ?? "demo-org:demo-key"

let router = Router()
let options = ServerOptions(
    authenticate: { credential in credential.value == token },
    onHandlerError: { error, operation in FileHandle.standardError.write(Data("\(operation) failed: \(error)\n".utf8)) })
try StrigoEventsStore().registerHandlers(on: router, pathPrefix: "/api/v1", options: options)
let app = Application(router: router, configuration: .init(address: .hostname(host, port: port)))
FileHandle.standardError.write(Data("Strigo events API on http://\(host):\(port)/api/v1\n".utf8))
try await app.runService()
