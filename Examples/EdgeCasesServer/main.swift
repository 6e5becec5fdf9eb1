import Foundation
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime
import SpeccGoldenEdgeCases
import SpeccRuntime

// The edge-cases API (Specs/edge-cases.yaml) answering from its inputs, on Hummingbird, so
// schemathesis can drive every parameter style and body kind through the generated server:
//     swift run edge-cases-server [--port 8081]
struct Echo: APIProtocol {
    // `int64` parameters are `Int64`; `Item.id`, an integer without a format, is `Int`.
    func postItem(id: Int64, format: PostItemFormat, tags: [String]?, filter: PostItemFilter?, xRequestID: String, session: String?, limit: Int64?, body: PostItemBody) async throws -> PostItemResponse {
        let extra = ["tags": Double(tags?.count ?? 0), "count": Double(body.count ?? 0)]
        return .created(body: Item(id: Int(id), kind: format == .json ? .a : .b, extra: extra), location: "/items/\(id)", xRateRemaining: limit.map(Int.init))
    }

    func upload(body: HTTPBody?) async throws -> UploadResponse { .noContent }

    func search(q: String, ids: [Int64]?) async throws -> SearchResponse {
        .ok((ids ?? [1]).map { .item(Item(id: Int($0), kind: .a)) })
    }
}

let arguments = CommandLine.arguments
let port = arguments.firstIndex(of: "--port").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil } ?? 8081
let router = Router()
try Echo().registerHandlers(on: router, options: ServerOptions(onHandlerError: { error, operation in
    FileHandle.standardError.write(Data("\(operation) failed: \(error)\n".utf8))
}))
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
FileHandle.standardError.write(Data("Edge cases API on http://127.0.0.1:\(port)\n".utf8))
try await app.runService()
