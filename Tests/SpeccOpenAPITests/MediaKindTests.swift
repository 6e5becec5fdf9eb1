import SpeccIR
import SpeccPipeline
import Testing

/// What each media type's body is, decided once in the IR for every emitter.
@Suite struct MediaKindTests {
    @Test(arguments: [
        ("application/json", MediaKind.json), ("application/json; charset=utf-8", .json), ("APPLICATION/JSON", .json),
        ("application/problem+json", .json), ("application/vnd.api+json", .json),
        ("application/x-www-form-urlencoded", .form),
        ("multipart/form-data", .multipart), ("multipart/mixed; boundary=x", .multipart),
        ("application/octet-stream", .binary), ("image/png", .binary), ("image/*", .binary), ("audio/mpeg", .binary),
        ("application/pdf", .binary), ("*/*", .binary), ("application/vnd.ms-excel", .binary),
        ("text/plain", .text), ("text/csv; charset=iso-8859-1", .text), ("text/html", .text), ("application/xml", .text),
        ("application/atom+xml", .text), ("text/*", .text),
        ("text/event-stream", .eventStream),
        ("application/jsonl", .jsonLines), ("application/x-ndjson", .jsonLines),
        ("application/json-seq", .jsonSequence),
        ("json", .other), ("application/", .other), ("", .other),
    ])
    func classifies(_ contentType: String, _ kind: MediaKind) {
        #expect(MediaKind(contentType: contentType) == kind)
    }

    @Test func aRangeIsNeverSentAsAMediaType() {
        #expect(MediaTypeName.sent("image/png") == "image/png")
        #expect(MediaTypeName.sent("text/plain; charset=utf-8") == "text/plain; charset=utf-8")
        #expect(MediaTypeName.sent("image/*") == "application/octet-stream")
        #expect(MediaTypeName.sent("multipart/*", fallback: "multipart/form-data") == "multipart/form-data")
        #expect(MediaTypeName.sent("not a type") == "application/octet-stream")
    }

    @Test func parsesTheEssenceSuffixAndWildcards() throws {
        let name = try #require(MediaTypeName("Text/CSV; Charset=\"ISO-8859-1\"; header=present"))
        #expect(name.essence == "text/csv")
        #expect(try #require(MediaTypeName("image/*")).isWildcard)
        #expect(MediaTypeName("image/png")?.isWildcard == false)
        #expect(MediaTypeName("application/problem+json")?.suffix == "json")
        #expect(MediaTypeName("application/json")?.suffix == nil)
    }

    @Test func theIRCarriesTheKindOfEveryMediaType() throws {
        let api = try #require(Pipeline.compile(spec: Fixtures.repository + "/Specs/edge-cases.yaml").api)
        let kinds = api.operations.flatMap { ($0.requestBody?.content ?? []) + $0.responses.flatMap(\.content) }.map(\.kind)
        #expect(Set(kinds) == [.json, .form, .binary])
    }
}
