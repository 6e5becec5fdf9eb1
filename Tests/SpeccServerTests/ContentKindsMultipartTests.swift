import Foundation
import OpenAPIAsyncHTTPClient
import HTTPTypes
import OpenAPIRuntime
import SpeccGoldenContentKinds
import SpeccRuntime
import Testing

extension ContentKindsService {
    /// Reads every part, then answers with the same parts (the file's bytes and headers as they
    /// came), so a test sees exactly what the server read.
    func upload(body: MultipartBody<UploadBodyPart>) async throws -> UploadResponse {
        var parts: [UploadOkBodyPart] = []
        for try await part in body {
            switch part {
            case .file(let file):
                let bytes = try await [UInt8](collecting: file.value, upTo: 1 << 20)
                parts.append(.file(FormPart(HTTPBody(bytes), filename: file.filename, headers: file.headers)))
            case .metadata(let metadata): parts.append(.metadata(metadata))
            case .note(let note): parts.append(.note(note))
            case .priority(let priority): parts.append(.priority(priority))
            case .tags(let tag): parts.append(.tags(tag))
            }
        }
        return .ok(MultipartBody(parts))
    }

    /// The name of each part read, a file's with its size: a file part streams past uncounted.
    func attach(body: MultipartBody<AttachBodyPart>?) async throws -> AttachResponse {
        var names: [String] = []
        var skipping = false
        for try await part in body ?? [] {
            switch part {
            case .description(let description):
                names.append("description: \(description.value)")
                skipping = description.value == "skip the rest"
            case .attachment where skipping, .undocumented where skipping:
                // Left unread: the next part is still reached.
                names.append("skipped")
            case .attachment(let attachment):
                var size = 0
                for try await chunk in attachment.value { size += chunk.count }
                names.append("attachment: \(size) bytes")
            case .undocumented(let raw):
                names.append("undocumented \(raw.name ?? "?"): \(try await String(collecting: raw.body, upTo: 1024))")
            }
        }
        return .ok(names)
    }
}

extension ContentKindsServerTests {
    /// Every byte value, and the sequences a multipart parser must not mistake for a boundary.
    static let fileBytes: [UInt8] = Array(0...255) + Array("\r\n--\r\n--boundary\r\n\r\n".utf8) + Array(0...255).reversed()

    @Test func multipartPartsRoundTripByteExact() async throws {
        let (server, client, _) = try await Self.start()
        defer { server.stop() }
        var fileHeaders = HTTPFields()
        fileHeaders[.contentType] = "image/jpeg"
        fileHeaders[HTTPField.Name("X-Checksum")!] = "abc123"
        let sent: [UploadBodyPart] = [
            .file(FormPart(HTTPBody(Self.fileBytes), filename: "photo \"1\".jpg", headers: fileHeaders)),
            .metadata(FormPart(Document(title: "Ünïcode \"title\"", lines: 3))),
            .note(FormPart("  a note\r\nover \"two\" lines, kept as typed  ")),
            .priority(FormPart(4)),
            .tags(FormPart("red")),
            .tags(FormPart("blue")),
        ]
        guard case .ok(let reply) = try await client.upload(body: MultipartBody(sent)) else { Issue.record("expected the parts back"); return }
        var received: [UploadOkBodyPart] = []
        var file: (bytes: [UInt8], filename: String?, contentType: String?, checksum: String?)?
        for try await part in reply {
            if case .file(let part) = part {
                // A file part's bytes are read before the next part is asked for.
                file = (try await [UInt8](collecting: part.value, upTo: 1 << 20), part.filename, part.headers[.contentType], part.headers[HTTPField.Name("X-Checksum")!])
            }
            received.append(part)
        }
        #expect(file?.bytes == Self.fileBytes)
        #expect(file?.filename == "photo \"1\".jpg")
        #expect(file?.contentType == "image/jpeg")
        #expect(file?.checksum == "abc123")
        #expect(received.count == 6)
        #expect(received.compactMap { if case .metadata(let part) = $0 { part.value } else { nil } } == [Document(title: "Ünïcode \"title\"", lines: 3)])
        #expect(received.compactMap { if case .note(let part) = $0 { part.value } else { nil } } == ["  a note\r\nover \"two\" lines, kept as typed  "])
        #expect(received.compactMap { if case .priority(let part) = $0 { part.value } else { nil } } == [4])
        #expect(received.compactMap { if case .tags(let part) = $0 { part.value } else { nil } } == ["red", "blue"])
    }

    @Test func multipartOnTheWireIsWhatAnyServerReads() async throws {
        let (server, _, _) = try await Self.start()
        defer { server.stop() }
        // Written by hand, as curl or a browser would: the boundary is the sender's choice.
        let body = Self.multipart(boundary: "XyZ", [
            ("file", "a.png", "image/png", "PNG!"),
            ("metadata", nil, "application/json", #"{"title": "from curl"}"#),
            ("priority", nil, nil, "2"),
        ])
        let reply = try await server.send("POST", "/uploads", body: body, headers: ["Content-Type": "multipart/form-data; boundary=XyZ"])
        #expect(reply.status == 200, "\(reply.text)")
        let contentType = try #require(reply.contentType)
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
        #expect(boundary.hasPrefix("specc-"))
        // Each part: its headers (names case-insensitive), a blank line, its bytes.
        let parts = reply.text.components(separatedBy: "--" + boundary).dropFirst().dropLast().map { $0.lowercased() }
        #expect(parts.count == 3, "\(reply.text)")
        #expect(parts.first?.contains("content-disposition: form-data;") == true)
        #expect(parts.first?.contains("name=\"file\"") == true && parts.first?.contains("filename=\"a.png\"") == true)
        #expect(parts.first?.contains("content-type: image/png\r\n") == true)
        #expect(parts.first?.hasSuffix("\r\n\r\npng!\r\n") == true)
        #expect(parts.last?.contains("name=\"priority\"") == true && parts.last?.contains("content-type: text/plain\r\n") == true)
        #expect(parts.last?.hasSuffix("\r\n\r\n2\r\n") == true)
        #expect(reply.text.contains("\r\n--\(boundary)--"))
    }

    @Test func multipartPartsAreCheckedByName() async throws {
        let (server, _, _) = try await LiveServer.started(maxParts: 4)
        defer { server.stop() }
        func post(_ parts: [(String, String?, String?, String)]) async throws -> RawResponse {
            try await server.send("POST", "/uploads", body: Self.multipart(boundary: "b", parts), headers: ["Content-Type": "multipart/form-data; boundary=b"])
        }
        let file = ("file", "a.png", "image/png", "PNG!")
        let metadata = ("metadata", nil as String?, "application/json" as String?, #"{"title": "t"}"#)
        let missing = try await post([file])
        #expect(missing.status == 400)
        #expect(missing.problem?.errors?.first?.rule == "multipart", "\(missing.text)")
        let unknown = try await post([file, metadata, ("extra", nil, nil, "x")])
        #expect(unknown.status == 400, "a closed schema takes no other part")
        let twice = try await post([file, metadata, ("note", nil, nil, "1"), ("note", nil, nil, "2")])
        #expect(twice.status == 400, "an optional part appears at most once")
        let notAnInteger = try await post([file, metadata, ("priority", nil, nil, "high")])
        #expect(notAnInteger.status == 400)
        #expect(notAnInteger.problem?.errors?.first?.name == "priority", "\(notAnInteger.text)")
        // Each text and JSON part is checked against its schema, as a parameter or body would be.
        let outOfRange = try await post([file, metadata, ("priority", nil, nil, "7")])
        #expect(outOfRange.status == 400)
        #expect(outOfRange.problem?.errors?.first.map { "\($0.name ?? "") \($0.rule)" } == "priority maximum", "\(outOfRange.text)")
        let tooLong = try await post([file, ("metadata", nil, "application/json", #"{"title": "012345678901234567890"}"#)])
        #expect(tooLong.problem?.errors?.first.map { "\($0.name ?? "") \($0.pointer) \($0.rule)" } == "metadata #/title maxLength", "\(tooLong.text)")
        let notJSON = try await post([file, ("metadata", nil, "application/json", "{")])
        #expect(notJSON.problem?.errors?.first?.name == "metadata", "\(notJSON.text)")
        let tooMany = try await post([file, metadata, ("tags", nil, nil, "1"), ("tags", nil, nil, "2"), ("tags", nil, nil, "3")])
        #expect(tooMany.status == 400)
        #expect(tooMany.problem?.detail.contains("more than the 4 parts") == true, "\(tooMany.text)")
        let noBoundary = try await server.send("POST", "/uploads", body: Data("x".utf8), headers: ["Content-Type": "multipart/form-data"])
        #expect(noBoundary.status == 400)
        #expect(try await post([file, metadata, ("tags", nil, nil, "1")]).status == 200)
    }

    @Test func openMultipartBodiesPassUnnamedPartsAndStreamFiles() async throws {
        let (server, client, _) = try await Self.start()
        defer { server.stop() }
        let extra = MultipartRawPart(name: "signature", filename: nil, headerFields: [.contentType: "text/plain"], body: HTTPBody("signed"))
        let reply = try await client.attach(body: [
            .description(FormPart("the contract")),
            .attachment(FormPart(generatedBytes(5 << 20), filename: "contract.pdf")),
            .undocumented(extra),
        ])
        #expect(reply == .ok(["description: the contract", "attachment: 5242880 bytes", "undocumented signature: signed"]))
        #expect(try await client.attach() == .ok([]))
    }

    @Test func aPartTheHandlerSkipsIsReadPastAndABrokenBodyIsTheClientsFault() async throws {
        let (server, client, _) = try await Self.start()
        defer { server.stop() }
        let reply = try await client.attach(body: [
            .description(FormPart("skip the rest")), .attachment(FormPart(generatedBytes(1 << 20))),
            .undocumented(MultipartRawPart(name: "x", filename: nil, headerFields: [:], body: HTTPBody("unread"))),
            .undocumented(MultipartRawPart(name: "y", filename: nil, headerFields: [:], body: HTTPBody("unread too"))),
        ])
        // Each part after an unread one is reached.
        #expect(reply == .ok(["description: skip the rest", "skipped", "skipped", "skipped"]))
        // A body cut off inside a file part: a 400, not the server's 500.
        var truncated = Self.multipart(boundary: "b", [("attachment", "a.pdf", "application/pdf", String(repeating: "x", count: 4096))])
        truncated.removeLast("--b--\r\n".utf8.count + 2)
        let cut = try await server.send("PUT", "/attachments", body: truncated, headers: ["Content-Type": "multipart/mixed; boundary=b"])
        #expect(cut.status == 400, "\(cut.text)")
    }

    /// A multipart body from (name, filename, content type, text) parts.
    static func multipart(boundary: String, _ parts: [(String, String?, String?, String)]) -> Data {
        var text = ""
        for (name, filename, contentType, value) in parts {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"" + (filename.map { "; filename=\"\($0)\"" } ?? "") + "\r\n"
            if let contentType { text += "Content-Type: \(contentType)\r\n" }
            text += "\r\n\(value)\r\n"
        }
        return Data((text + "--\(boundary)--\r\n").utf8)
    }
}

extension LiveServer {
    /// The content-kinds server with its part limit set.
    static func started(maxParts: Int) async throws -> (LiveServer, Client, Gate) {
        let gate = Gate()
        let server = try await LiveServer.start { router in
            try ContentKindsService(gate: gate).registerHandlers(on: router, options: ServerOptions(maxParts: maxParts))
        }
        return (server, Client(serverURL: server.url(), transport: AsyncHTTPClientTransport()), gate)
    }
}
