import AsyncHTTPClient
import Foundation
import HTTPTypes
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import SpeccGoldenContentKinds
import SpeccRuntime
import Testing

/// Holds a stream at its first item until the test has seen it, so a test can prove the first
/// item crossed the network before the server produced the rest.
actor Gate {
    private var opened = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func open() {
        opened = true
        for waiter in waiters { waiter.resume() }
        waiters = []
    }

    func wait() async {
        if opened { return }
        await withCheckedContinuation { waiters.append($0) }
    }
}

/// Bytes made as they are read: `count` of them, in 64 KiB chunks, never all in memory (a chunk
/// is made only when the reader asks for it).
func generatedBytes(_ count: Int) -> HTTPBody {
    HTTPBody(GeneratedBytes(count: count), length: .known(Int64(count)), iterationBehavior: .single)
}

struct GeneratedBytes: AsyncSequence, Sendable {
    let count: Int

    func makeAsyncIterator() -> Iterator { Iterator(remaining: count) }

    struct Iterator: AsyncIteratorProtocol {
        var remaining: Int

        mutating func next() async -> ArraySlice<UInt8>? {
            guard remaining > 0 else { return nil }
            let size = Swift.min(remaining, 1 << 16)
            remaining -= size
            return ArraySlice(repeating: 0x5A, count: size)
        }
    }
}

/// The content-kinds API: sizes counted as bytes stream past, streams held at their first item
/// until `gate` opens.
struct ContentKindsService: APIProtocol {
    let gate: Gate
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    func uploadFile(name: String, body: HTTPBody) async throws -> UploadFileResponse {
        var size: Int64 = 0
        for try await chunk in body { size += Int64(chunk.count) }
        return .created(StoredFile(name: name, size: size))
    }

    func downloadFile(name: String) async throws -> DownloadFileResponse {
        guard let size = Int(name.split(separator: ".").first ?? "") else { return .notFound }
        return .ok(generatedBytes(size))
    }

    func getImage(id: Int) async throws -> GetImageResponse { .ok(HTTPBody(Self.png)) }

    func shout(body: String) async throws -> ShoutResponse { .ok(body.uppercased()) }

    func getReport() async throws -> GetReportResponse { .ok("id,kind\n1,created\n") }

    func streamEvents(count: Int?) async throws -> StreamEventsResponse {
        .ok(ItemStream(changes(count ?? 3).map { ServerSentEventWithJSONData(event: "change", data: $0, id: String($0.id)) }))
    }

    func streamTicks() async throws -> StreamTicksResponse {
        .ok(ItemStream([ServerSentEvent(data: "tick 1"), ServerSentEvent(data: "tick 2")]))
    }

    func exportChanges(count: Int?) async throws -> ExportChangesResponse { .ok(ItemStream(changes(count ?? 3))) }

    func exportChangeSequence(count: Int?) async throws -> ExportChangeSequenceResponse { .ok(ItemStream(changes(count ?? 3))) }

    func importChanges(body: ItemStream<Change>) async throws -> ImportChangesResponse {
        var count = 0
        for try await change in body {
            count += 1
            if change.id == 1 { await gate.open() }
        }
        return .ok(ImportChangesOkBody(count: count))
    }

    /// Answers in the representation the client wants most.
    func putDocument(id: Int, body: PutDocumentBody, accept: [PutDocumentAccept]) async throws -> PutDocumentResponse {
        let document: Document
        switch body {
        case .json(let sent): document = sent
        case .plainText(let text): document = Document(title: text)
        case .binary(let bytes):
            var count = 0
            for try await chunk in bytes { count += chunk.count }
            document = Document(title: "bytes", lines: count)
        }
        return accept.first == .csv ? .ok(.csv("title\n\(document.title)\n")) : .ok(.json(document))
    }

    func speak(stream: Bool?, accept: [SpeakAccept]) async throws -> SpeakResponse {
        if stream == true || accept.first == .eventStream { return .ok(.eventStream(ItemStream([ServerSentEventWithJSONData(data: Change(id: 9, kind: .created))]))) }
        return .ok(.mpeg(HTTPBody([0xFF, 0xFB, 0x90])))
    }

    /// `count` changes; after the first, the rest wait for the gate.
    private func changes(_ count: Int) -> AsyncStream<Change> {
        let gate = self.gate
        return AsyncStream { continuation in
            let task = Task {
                for id in 1...max(count, 1) {
                    if id == 2 { await gate.wait() }
                    continuation.yield(Change(id: id, kind: id == 1 ? .created : .updated, at: Date(timeIntervalSince1970: 1_700_000_000),
                                              checksum: Data([1, 2, UInt8(id)]), thumbnail: Data(ContentKindsService.png)))
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}

/// Every kind of body over real HTTP: Hummingbird on 127.0.0.1, the generated client on
/// AsyncHTTPClient (which streams both ways).
@Suite struct ContentKindsServerTests {
    static func start() async throws -> (LiveServer, Client, Gate) {
        let gate = Gate()
        let server = try await LiveServer.start { router in try ContentKindsService(gate: gate).registerHandlers(on: router) }
        let client = Client(serverURL: server.url(), transport: AsyncHTTPClientTransport())
        return (server, client, gate)
    }

    @Test func textTravelsInItsDeclaredCharset() async throws {
        let (server, client, _) = try await Self.start()
        defer { server.stop() }
        #expect(try await client.shout(body: "café au lait") == .ok("CAFÉ AU LAIT"))
        #expect(try await client.getReport() == .ok("id,kind\n1,created\n"))
        // On the wire the answer is Latin-1, as its media type says: É is one byte, 0xC9.
        let raw = try await server.send("POST", "/notes", body: Data("é".utf8), headers: ["Content-Type": "text/plain"])
        #expect(raw.body == Data([0xC9]))
        #expect(raw.headers["Content-Type"] == "text/plain; charset=iso-8859-1")
    }

    @Test func binaryBodiesAreHandedOverUnread() async throws {
        let (server, client, _) = try await Self.start()
        defer { server.stop() }
        guard case .ok(let image) = try await client.getImage(id: 1) else { Issue.record("expected the image"); return }
        #expect(try await [UInt8](collecting: image, upTo: 1024) == ContentKindsService.png)
        #expect(try await client.uploadFile(name: "a.bin", body: HTTPBody([1, 2, 3])) == .created(StoredFile(name: "a.bin", size: 3)))
        #expect(try await client.downloadFile(name: "missing") == .notFound)
        let wrongType = try await server.send("PUT", "/files/a.bin", body: Data([1]), headers: ["Content-Type": "text/plain"])
        #expect(wrongType.status == 415)
    }

    @Test func serverSentEventsArriveOneByOne() async throws {
        let (server, client, gate) = try await Self.start()
        defer { server.stop() }
        guard case .ok(let events) = try await client.streamEvents(count: 3) else { Issue.record("expected events"); return }
        var received: [ServerSentEventWithJSONData<Change>] = []
        for try await event in events {
            received.append(event)
            // The server holds event 2 until this opens: reaching here proves event 1 came first.
            if received.count == 1 { await gate.open() }
        }
        #expect(received.map(\.data?.id) == [1, 2, 3])
        #expect(received.first?.event == "change")
        #expect(received.first?.id == "1")
        #expect(received.first?.data?.at == Date(timeIntervalSince1970: 1_700_000_000))
        guard case .ok(let ticks) = try await client.streamTicks() else { Issue.record("expected ticks"); return }
        var texts: [String?] = []
        for try await tick in ticks { texts.append(tick.data) }
        #expect(texts == ["tick 1", "tick 2"])
    }

    @Test func jsonLinesAndJSONSequencesArriveOneByOne() async throws {
        for sequence in [false, true] {
            let (server, client, gate) = try await Self.start()
            defer { server.stop() }
            let items: ItemStream<Change>
            if sequence {
                guard case .ok(let stream) = try await client.exportChangeSequence(count: 4) else { Issue.record("expected items"); return }
                items = stream
            } else {
                guard case .ok(let stream) = try await client.exportChanges(count: 4) else { Issue.record("expected items"); return }
                items = stream
            }
            var ids: [Int] = []
            for try await change in items {
                ids.append(change.id)
                if ids.count == 1 { await gate.open() }
            }
            #expect(ids == [1, 2, 3, 4])
        }
    }

    /// A stream fails after the method has returned; the failure still names the operation and
    /// carries the response, as the call's own errors do.
    @Test func aBrokenStreamFailsAsTheCallsClientError() async throws {
        struct BrokenLines: ClientTransport {
            func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                var response = HTTPResponse(status: .ok)
                response.headerFields[.contentType] = "application/jsonl"
                return (response, HTTPBody(#"{"id": 1, "kind": "created"}"# + "\n{not json\n"))
            }
        }
        let client = Client(serverURL: URL(string: "http://127.0.0.1:9")!, transport: BrokenLines())
        guard case .ok(let items) = try await client.exportChanges(count: 2) else { Issue.record("expected items"); return }
        var ids: [Int] = []
        do {
            for try await change in items { ids.append(change.id) }
            Issue.record("a malformed line must fail the stream")
        } catch let error as ClientError {
            #expect(error.operationID == "exportChanges")
            #expect(error.response?.status == .ok)
            #expect(error.causeDescription == "Reading the streamed response failed.")
        }
        #expect(ids == [1], "the items before the broken one arrive")
    }

    @Test func base64FieldsAreBytesInSwiftAndBase64OnTheWire() async throws {
        let (server, client, _) = try await Self.start()
        defer { server.stop() }
        guard case .ok(let items) = try await client.exportChanges(count: 1) else { Issue.record("expected items"); return }
        var changes: [Change] = []
        for try await change in items { changes.append(change) }
        #expect(changes.map(\.checksum) == [Data([1, 2, 1])])
        #expect(changes.first?.thumbnail == Data(ContentKindsService.png))
        let raw = try await server.send("GET", "/changes.jsonl?count=1")
        let line = String(decoding: raw.body, as: UTF8.self)
        #expect(line.contains(#""checksum":"AQIB""#), "\(line)")
        #expect(line.contains(#""thumbnail":"iVBORw0KGgo=""#), "\(line)")
    }

    @Test func aStreamedRequestBodyIsReadAsItArrives() async throws {
        let (server, client, gate) = try await Self.start()
        defer { server.stop() }
        // The second change is only sent once the server has read the first.
        let upload = AsyncStream<Change> { continuation in
            let task = Task {
                continuation.yield(Change(id: 1, kind: .created))
                await gate.wait()
                continuation.yield(Change(id: 2, kind: .deleted))
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
        #expect(try await client.importChanges(body: ItemStream(upload)) == .ok(ImportChangesOkBody(count: 2)))
    }
}

/// 100 MB up, 100 MB down and a 40 MB file part through the generated client and server, in bounded memory. Run in
/// a process of its own (the test bundle, filtered to this suite) so that no other test's
/// allocations move the figure.
@Suite struct ContentKindsStreamingTests {
    static let probe = "SPECC_STREAMING_PROBE"
    static let size = 100 << 20
    static let partSize = 40 << 20
    static let limit = 32 << 20

    @Test func oneHundredMegabytesStreamBothWaysInBoundedMemory() async throws {
        if ProcessInfo.processInfo.environment[Self.probe] == "1" {
            try await Self.transferAndMeasure()
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--testing-library", "swift-testing", "--filter", "ContentKindsStreamingTests"]
        process.environment = ProcessInfo.processInfo.environment.merging([Self.probe: "1"]) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let figures = text.split(separator: "\n").filter { $0.contains("streaming probe:") }
        print(figures.joined(separator: "\n"))
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(!figures.isEmpty, "the probe printed no figures:\n\(text)")
    }

    /// In the probe process: the transfers, with the peak resident size measured around them.
    static func transferAndMeasure() async throws {
        let (server, client, _) = try await ContentKindsServerTests.start()
        defer { server.stop() }
        // Warm up both sides, so their first allocations are part of the baseline.
        _ = try await client.uploadFile(name: "warm", body: generatedBytes(1 << 20))
        let baseline = try #require(Memory.residentBytes())
        try #require(Memory.resetPeak(), "needs /proc/self/clear_refs (Linux)")
        let start = Date()
        let stored = try await client.uploadFile(name: "big.bin", body: generatedBytes(Self.size))
        #expect(stored == .created(StoredFile(name: "big.bin", size: Int64(Self.size))))
        let uploaded = Date()
        let afterUpload = Memory.peakBytes() ?? 0
        guard case .ok(let download) = try await client.downloadFile(name: "\(Self.size).bin") else {
            Issue.record("expected the download")
            return
        }
        var received = 0
        for try await chunk in download { received += chunk.count }
        #expect(received == Self.size)
        let downloaded = Date()
        // A file part streams too, between two text parts: 40 MB, more than the limit, so that
        // holding it would fail the test (the debug-built multipart parser reads some 2 MB/s;
        // release-built, some 300 MB/s: Benchmarks/BodyThroughput).
        let attached = try await client.attach(body: [
            .description(FormPart("big")), .attachment(FormPart(generatedBytes(Self.partSize), filename: "big.pdf")),
            .undocumented(MultipartRawPart(name: "after", filename: nil, headerFields: [:], body: HTTPBody("end"))),
        ])
        #expect(attached == .ok(["description: big", "attachment: \(Self.partSize) bytes", "undocumented after: end"]))
        let growth = try #require(Memory.peakBytes()) - baseline
        print(String(format: "streaming probe: upload 100 MB in %.2f s (peak %.1f MB above baseline), download 100 MB in %.2f s, multipart upload of a 40 MB file part in %.2f s; peak RSS %.1f MB above the %.1f MB baseline (limit 32 MB)",
                     uploaded.timeIntervalSince(start), Double(afterUpload - baseline) / 1_048_576, downloaded.timeIntervalSince(uploaded),
                     Date().timeIntervalSince(downloaded), Double(growth) / 1_048_576, Double(baseline) / 1_048_576))
        #expect(growth < Self.limit, "peak RSS grew by \(growth) bytes")
    }
}

/// The process's resident memory, from /proc (Linux).
enum Memory {
    static func residentBytes() -> Int? { status("VmRSS:") }
    static func peakBytes() -> Int? { status("VmHWM:") }

    /// Starts the peak (VmHWM) again from the current size.
    static func resetPeak() -> Bool {
        (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
    }

    private static func status(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes * 1024
    }
}

extension ContentKindsServerTests {
    @Test func bodiesOfSeveralRepresentationsTravelAsTheCallerChose() async throws {
        let (server, client, _) = try await Self.start()
        defer { server.stop() }
        #expect(try await client.putDocument(id: 1, body: .json(Document(title: "t", lines: 2))) == .ok(.json(Document(title: "t", lines: 2))))
        #expect(try await client.putDocument(id: 1, body: .plainText("hello")) == .ok(.json(Document(title: "hello"))))
        // The caller's choice reaches the handler, which answers in it.
        #expect(try await client.putDocument(id: 1, body: .plainText("hello"), accept: [.csv]) == .ok(.csv("title\nhello\n")))
        #expect(try await client.putDocument(id: 1, body: .plainText("hi"), accept: [.csv, .json]) == .ok(.csv("title\nhi\n")))
        #expect(try await client.putDocument(id: 1, body: .plainText("hi"), accept: [.json, .csv]) == .ok(.json(Document(title: "hi"))))
        // A request's weights decide the handler's order, whatever order they come in.
        let weighted = try await server.send("PUT", "/documents/1", body: Data("w".utf8), headers: ["Content-Type": "text/plain", "Accept": "application/json;q=0.5, text/csv"])
        #expect(weighted.text == "title\nw\n")
        #expect(try await server.send("PUT", "/documents/1", body: Data("w".utf8), headers: ["Content-Type": "text/plain", "Accept": "text/csv;q=0, */*"]).contentType == "application/json")
        #expect(try await client.putDocument(id: 1, body: .binary(HTTPBody([1, 2, 3, 4]))) == .ok(.json(Document(title: "bytes", lines: 4))))
        // Each representation is checked as its media type says: the JSON one against its schema.
        let tooLong = try await server.send("PUT", "/documents/1", body: Data(#"{"title": "012345678901234567890"}"#.utf8), headers: ["Content-Type": "application/json"])
        #expect(tooLong.status == 400)
        #expect(try await server.send("PUT", "/documents/1", body: Data("x".utf8), headers: ["Content-Type": "image/png"]).status == 415)
        guard case .ok(.mpeg(let audio)) = try await client.speak() else { Issue.record("expected audio"); return }
        #expect(try await [UInt8](collecting: audio, upTo: 16) == [0xFF, 0xFB, 0x90])
        guard case .ok(.eventStream(let events)) = try await client.speak(accept: [.eventStream]) else { Issue.record("expected events"); return }
        var ids: [Int?] = []
        for try await event in events { ids.append(event.data?.id) }
        #expect(ids == [9])
    }

    @Test func acceptIsCheckedBeforeTheHandlerRuns() async throws {
        let (server, _, _) = try await Self.start()
        defer { server.stop() }
        let refused = try await server.send("GET", "/report.csv", headers: ["Accept": "application/json"])
        #expect(refused.status == 406)
        #expect(refused.problem?.detail == "Accept application/json allows none of what this operation answers: text/csv.")
        #expect(try await server.send("GET", "/report.csv", headers: ["Accept": "text/*"]).status == 200)
        #expect(try await server.send("GET", "/report.csv", headers: ["Accept": "text/csv;q=0, */*"]).status == 406)
        #expect(try await server.send("GET", "/images/1", headers: ["Accept": "image/*;q=0.5, text/html"]).status == 200)
    }
}
