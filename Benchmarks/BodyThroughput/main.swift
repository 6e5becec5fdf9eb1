// Multipart throughput against the raw bytes it carries: run with
// `swift run -c release SpeccBodyBenchmarks [megabytes]`.
//
// One file part of N MB (default 100) between two text parts, written by the generated-code path
// (`MultipartCoding.encode`) and parsed back (`MultipartCoding.decode`), in memory: no network, so
// the figures are the runtime's own cost. The floor is the same bytes passed through an
// `HTTPBody` untouched. All figures come from this one run; ratios compare like with like.
import Foundation
import HTTPTypes
import OpenAPIRuntime
@_spi(Generated) import SpeccRuntime

enum Part: MultipartParts, Hashable {
    case note(FormPart<String>)
    case file(FormPart<HTTPBody>)

    static let partRules = PartRules(exactlyOnce: ["file"], anyNumber: ["note"])

    func rawPart() throws -> MultipartRawPart {
        switch self {
        case .note(let part): try MultipartCoding.textPart(part, name: "note", contentType: "text/plain")
        case .file(let part): MultipartCoding.filePart(part, name: "file", contentType: "application/octet-stream")
        }
    }

    init(rawPart raw: MultipartRawPart, reader: PartReader) async throws {
        switch raw.name {
        case "file": self = .file(MultipartCoding.file(raw))
        default: self = .note(try await MultipartCoding.text(raw, as: String.self, reader: reader))
        }
    }
}

let megabytes = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 100
let size = megabytes << 20
let chunk = ArraySlice([UInt8](repeating: 0x5A, count: 1 << 16))

func fileBody() -> HTTPBody {
    let chunks = size / chunk.count
    return HTTPBody(AsyncStream { continuation in
        for _ in 0..<chunks { continuation.yield(chunk) }
        continuation.finish()
    }, length: .known(Int64(chunks * chunk.count)), iterationBehavior: .single)
}

func seconds(_ body: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

var passed = 0
let floor = try await seconds {
    for try await bytes in fileBody() { passed += bytes.count }
}
var encoded: [ArraySlice<UInt8>] = []
var contentType = ""
let write = try await seconds {
    let (body, type) = try MultipartCoding.encode(MultipartBody<Part>([.note(FormPart("before")), .file(FormPart(fileBody())), .note(FormPart("after"))]),
                                                  contentType: "multipart/form-data")
    contentType = type
    for try await bytes in body { encoded.append(bytes) }
}
let wire = encoded.reduce(0) { $0 + $1.count }
var fileBytes = 0
var notes: [String] = []
let read = try await seconds {
    let parts = try MultipartCoding.decode(HTTPBody(AsyncStream { continuation in
        for bytes in encoded { continuation.yield(bytes) }
        continuation.finish()
    }, length: .unknown), contentType: contentType, as: Part.self, reader: PartReader(limit: 1 << 20), maxParts: 10)
    for try await part in parts {
        switch part {
        case .file(let file): for try await bytes in file.value { fileBytes += bytes.count }
        case .note(let note): notes.append(note.value)
        }
    }
}
guard passed == size, fileBytes == size, notes == ["before", "after"] else {
    print("FAIL: passed \(passed), parsed \(fileBytes) file bytes, notes \(notes)")
    exit(1)
}
func rate(_ seconds: Double) -> String { String(format: "%.0f MB/s", Double(megabytes) / seconds) }
print("body throughput, a \(megabytes) MB file part (\(wire) bytes on the wire):")
print(String(format: "  raw HTTPBody pass-through  %7.3f s  %@", floor, rate(floor)))
print(String(format: "  multipart write            %7.3f s  %@  (%.1fx the floor)", write, rate(write), write / floor))
print(String(format: "  multipart parse            %7.3f s  %@  (%.1fx the floor)", read, rate(read), read / floor))
