import Foundation
@testable @_spi(Generated) import SpeccRuntime
import Testing

/// OpenAPI's style/explode table (the spec's "Style Examples"), for the shapes clients send.
@Suite struct ParameterStyleTests {
    static let color = ["blue", "black", "brown"]

    @Test func querySerialisations() throws {
        let array = try ParameterValue(Self.color)
        #expect(ParameterStyle.query("color", array, style: .form, explode: true) == ["color=blue", "color=black", "color=brown"])
        #expect(ParameterStyle.query("color", array, style: .form, explode: false) == ["color=blue,black,brown"])
        #expect(ParameterStyle.query("color", array, style: .spaceDelimited, explode: false) == ["color=blue%20black%20brown"])
        #expect(ParameterStyle.query("color", array, style: .pipeDelimited, explode: false) == ["color=blue%7Cblack%7Cbrown"])
        let object = try ParameterValue(["R": 100, "G": 200, "B": 150])
        #expect(ParameterStyle.query("color", object, style: .deepObject, explode: true) == ["color%5BB%5D=150", "color%5BG%5D=200", "color%5BR%5D=100"])
        #expect(ParameterStyle.query("q", try ParameterValue("a b&c"), style: .form, explode: true) == ["q=a%20b%26c"])
        #expect(ParameterStyle.query("on", try ParameterValue(true), style: .form, explode: true) == ["on=true"])
    }

    @Test func pathSerialisations() throws {
        let array = try ParameterValue(Self.color)
        #expect(ParameterStyle.path("color", array, style: .simple, explode: false) == "blue,black,brown")
        #expect(ParameterStyle.path("color", array, style: .label, explode: false) == ".blue,black,brown")
        #expect(ParameterStyle.path("color", array, style: .label, explode: true) == ".blue.black.brown")
        #expect(ParameterStyle.path("color", array, style: .matrix, explode: false) == ";color=blue,black,brown")
        #expect(ParameterStyle.path("color", array, style: .matrix, explode: true) == ";color=blue;color=black;color=brown")
        #expect(ParameterStyle.path("id", try ParameterValue("a/b c"), style: .simple, explode: false) == "a%2Fb%20c")
    }

    @Test func headersAreNotPercentEncoded() throws {
        #expect(ParameterStyle.header(try ParameterValue("a b,c"), explode: false) == "a b,c")
        #expect(ParameterStyle.header(try ParameterValue([1, 2]), explode: false) == "1,2")
    }
}

@Suite struct FormEncodingTests {
    struct Body: Encodable {
        let email: String
        let expand: [String]
        let address: [String: String]
        let metadata: [String: String]?
    }

    @Test func nestedObjectsUseBracketsAndArraysRepeat() throws {
        let data = try FormEncoding.encode(Body(email: "a+b@example.com", expand: ["x", "y"], address: ["city": "Paris"], metadata: nil),
                                           deepObjectProperties: [])
        #expect(String(decoding: data, as: UTF8.self) == "address%5Bcity%5D=Paris&email=a%2Bb%40example.com&expand=x&expand=y")
    }

    @Test func deepObjectArraysAreIndexed() throws {
        let data = try FormEncoding.encode(Body(email: "e", expand: ["x", "y"], address: [:], metadata: ["k": "v"]), deepObjectProperties: ["expand"])
        #expect(String(decoding: data, as: UTF8.self) == "email=e&expand%5B0%5D=x&expand%5B1%5D=y&metadata%5Bk%5D=v")
    }
}

@Suite struct JSONCodingTests {
    struct Stamp: Codable, Equatable { let at: Date }

    @Test(arguments: ["2016-01-01T12:30:24Z", "2016-01-01T12:30:24.653Z", "2016-01-01T12:30:24.653422+00:00", "2016-01-01T13:30:24+01:00"])
    func decodesISO8601Variants(_ text: String) throws {
        let stamp = try JSONCoding.decode(Stamp.self, from: Data("{\"at\":\"\(text)\"}".utf8))
        #expect(abs(stamp.at.timeIntervalSince1970 - 1_451_651_424) < 1)
    }

    @Test func encodesWithMillisecondsInUTC() throws {
        let data = try JSONCoding.encode(Stamp(at: Date(timeIntervalSince1970: 1_451_651_424.5)))
        #expect(String(decoding: data, as: UTF8.self) == #"{"at":"2016-01-01T12:30:24.500Z"}"#)
    }

    @Test func rejectsANonDate() {
        #expect(throws: DecodingError.self) { try JSONCoding.decode(Stamp.self, from: Data(#"{"at":"yesterday"}"#.utf8)) }
    }

    struct Node: Codable, Hashable, Sendable {
        let name: String
        @Indirect var parent: Node?
    }

    @Test func indirectOptionalsCodeLikePlainOptionals() throws {
        let tree = Node(name: "leaf", parent: Node(name: "root", parent: nil))
        let text = String(decoding: try JSONCoding.encode(tree), as: UTF8.self)
        #expect(text == #"{"name":"leaf","parent":{"name":"root"}}"#)
        #expect(try JSONCoding.decode(Node.self, from: Data(text.utf8)) == tree)
    }
}

@Suite struct AcceptHeaderTests {
    @Test(arguments: [
        ("application/json", "application/json", true), ("application/json", "text/csv", false),
        ("text/*", "text/csv", true), ("*/*", "image/png", true), ("image/*", "image/*", true),
        ("text/csv;q=0, */*", "text/csv", false), ("text/csv;q=0, */*", "application/json", true),
        ("application/json;q=0", "application/json", false), ("", "text/csv", true),
        ("application/problem+json, application/json;q=0.9", "application/json", true),
        ("text/html", "*/*", true),
    ])
    func allows(_ accept: String, _ mediaType: String, _ expected: Bool) {
        #expect(AcceptHeader(accept).allows(mediaType) == expected)
    }

    @Test func prefersByWeightThenTheGivenOrder() {
        let offered = ["application/json", "text/csv", "text/plain"]
        #expect(AcceptHeader("text/csv, application/json;q=0.5").preferred(offered) == ["text/csv", "application/json"])
        #expect(AcceptHeader("*/*").preferred(offered) == offered)
        #expect(AcceptHeader("text/*;q=0.8, application/json;q=0.8").preferred(offered) == offered)
        #expect(AcceptHeader("text/*, text/plain;q=0").preferred(offered) == ["text/csv"])
        #expect(AcceptHeader("image/png").preferred(offered) == [])
        // Weights outside 0...1, or that do not parse, are clamped or read as 1.
        #expect(AcceptHeader("text/csv;q=2, application/json;q=0.5").preferred(offered) == ["text/csv", "application/json"])
        #expect(AcceptHeader("text/csv;q=, application/json;q=x").preferred(offered) == ["application/json", "text/csv"])
        #expect(AcceptHeader("text/csv;q=-1").preferred(offered) == [])
    }

    enum Choice: String, CaseIterable { case json = "application/json", csv = "text/csv", plain = "text/plain" }

    @Test func theClientWeightsItsChoiceDownTheList() {
        #expect(ClientCore.accept([Choice.csv]) == "text/csv")
        #expect(ClientCore.accept([Choice.csv, .json, .plain], also: ["application/problem+json"])
            == "text/csv, application/json;q=0.9, text/plain;q=0.8, application/problem+json;q=0.1")
        // A type the caller left out of its choice is still allowed, lowest, for another status.
        #expect(ClientCore.accept([Choice.csv], also: ["application/json"]) == "text/csv, application/json;q=0.1")
        #expect(ClientCore.accept([Choice.json], also: ["application/json"]) == "application/json")
        #expect(ClientCore.accept([Choice]()) == nil)
        // What the client sends, the server reads back in the same order.
        let header = ClientCore.accept([Choice.plain, .json, .csv])!
        #expect(AcceptHeader(header).preferred(Choice.allCases.map(\.rawValue)) == ["text/plain", "application/json", "text/csv"])
    }
}

@Suite struct MediaTypesTests {
    @Test func declaredTypesMatchWhateverTheirParameters() {
        #expect(MediaTypes.match("text/plain", among: ["text/plain; charset=utf-8"]) == "text/plain")
        #expect(MediaTypes.match("Text/Plain; charset=ISO-8859-1", among: ["application/json", "text/*"]) == "text/plain")
        #expect(MediaTypes.match("text/csv", among: ["application/json"]) == nil)
        #expect(MediaTypes.match("nonsense", among: ["*/*"]) == nil)
    }

    @Test func parametersAreReadUnquoted() {
        #expect(MediaTypes.parameter("charset", of: "text/csv; Charset=\"ISO-8859-1\"; header=present") == "iso-8859-1")
        #expect(MediaTypes.parameter("q", of: "text/html;q=0.5") == "0.5")
        #expect(MediaTypes.parameter("charset", of: "text/csv") == nil)
        #expect(TextCoding.charset("text/plain; charset=utf-16le") == "utf-16le")
    }
}
