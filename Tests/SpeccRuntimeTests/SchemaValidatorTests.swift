import Foundation
@testable @_spi(Generated) import SpeccRuntime
import Testing

/// The server's request validator, keyword by keyword, on the JSON it is given.
@Suite struct SchemaValidatorTests {
    static let schemas = ValidationSchemas(json: #"""
        {
          "$defs": {
            "Pet": {
              "type": "object",
              "required": ["name", "id"],
              "additionalProperties": false,
              "properties": {
                "id": {"type": "integer", "readOnly": true},
                "name": {"type": "string", "minLength": 1, "maxLength": 5, "pattern": "^[a-z]+$"},
                "kind": {"enum": ["cat", "dog"]},
                "age": {"type": "integer", "minimum": 0, "exclusiveMaximum": 40},
                "weight": {"type": "number", "multipleOf": 0.5},
                "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2, "uniqueItems": true},
                "born": {"type": "string", "format": "date"},
                "seen": {"type": "string", "format": "date-time"},
                "owner": {"$ref": "#/$defs/Owner"},
                "nick": {"type": ["string", "null"]}
              }
            },
            "Owner": {"type": "object", "required": ["email"], "properties": {"email": {"type": "string"}}},
            "Shape": {
              "oneOf": [
                {"type": "object", "required": ["radius"], "properties": {"radius": {"type": "number"}}},
                {"type": "object", "required": ["side"], "properties": {"side": {"type": "number"}}}
              ]
            }
          },
          "entries": {}
        }
        """#)

    static func issues(_ json: String, _ name: String, direction: SchemaValidator.Direction = .request) throws -> [String] {
        let value = try JSONCoding.decode(AnyJSON.self, from: Data(json.utf8))
        return SchemaValidator(schemas: schemas, direction: direction)
            .validate(value, against: try #require(schemas.node("#/$defs/\(name)")))
            .map { ($0.pointer.isEmpty ? "" : $0.pointer + " ") + "\($0.rule): \($0.detail)" }
    }

    @Test(arguments: [
        (#"{"name": "tom"}"#, [String]()),
        (#"{"name": "tom", "id": 3}"#, []),
        (#"{}"#, ["/name required: is required"]),
        (#"{"name": ""}"#, ["/name minLength: must be at least 1 character long; got 0", "/name pattern: must match the pattern ^[a-z]+$"]),
        (#"{"name": "tomcat"}"#, ["/name maxLength: must be at most 5 characters long; got 6"]),
        (#"{"name": "Tom"}"#, ["/name pattern: must match the pattern ^[a-z]+$"]),
        (#"{"name": "tom", "kind": "cow"}"#, [#"/kind enum: must be one of "cat", "dog"; got "cow""#]),
        (#"{"name": "tom", "age": -1}"#, ["/age minimum: must be at least 0; got -1"]),
        (#"{"name": "tom", "age": 40}"#, ["/age exclusiveMaximum: must be less than 40; got 40"]),
        (#"{"name": "tom", "age": 2.5}"#, ["/age type: must be an integer, not a number"]),
        (#"{"name": "tom", "age": 2.0}"#, []),
        (#"{"name": "tom", "weight": 1.25}"#, ["/weight multipleOf: must be a multiple of 0.5; got 1.25"]),
        (#"{"name": "tom", "tags": ["a", "a"]}"#, ["/tags uniqueItems: must not repeat items; item 1 repeats an earlier one"]),
        (#"{"name": "tom", "tags": ["a", "b", "c"]}"#, ["/tags maxItems: must have at most 2 items; got 3"]),
        (#"{"name": "tom", "tags": [1]}"#, ["/tags/0 type: must be a string, not an integer"]),
        (#"{"name": "tom", "born": "2023-02-29"}"#, ["/born format: must be an RFC 3339 full-date (YYYY-MM-DD)"]),
        (#"{"name": "tom", "born": "2024-02-29"}"#, []),
        (#"{"name": "tom", "seen": "2024-02-29 10:00"}"#, ["/seen format: must be an RFC 3339 date-time (for example 2024-05-01T12:00:00Z)"]),
        (#"{"name": "tom", "owner": {}}"#, ["/owner/email required: is required"]),
        (#"{"name": "tom", "nick": null}"#, []),
        (#"{"name": "tom", "nick": 1}"#, ["/nick type: must be a string or null, not an integer"]),
        (#"{"name": "tom", "color": "red"}"#, ["/color additionalProperties: is not a known property"]),
        (#"{"name": "tom", "a/b~c": 1}"#, ["/a~1b~0c additionalProperties: is not a known property"]),
    ])
    func petRequests(_ json: String, _ expected: [String]) throws {
        #expect(try Self.issues(json, "Pet") == expected)
    }

    @Test func uniqueItemsIsLinearAndTreatsOneAndOnePointZeroAsEqual() throws {
        let schemas = ValidationSchemas(json: #"{"$defs": {"Unique": {"uniqueItems": true}}, "entries": {}}"#)
        let unique = try #require(schemas.node("#/$defs/Unique"))
        let validator = SchemaValidator(schemas: schemas, direction: .request)
        #expect(validator.validate(.array([.int(1), .double(1.0)]), against: unique).map(\.rule) == ["uniqueItems"])
        #expect(validator.validate(.array([.object(["a": .int(1), "b": .int(2)]), .object(["b": .double(2), "a": .int(1)])]), against: unique).map(\.rule) == ["uniqueItems"])
        // A million distinct items: pairwise comparison would not finish.
        #expect(validator.validate(.array((0..<1_000_000).map(AnyJSON.int)), against: unique).isEmpty)
    }

    @Test func readOnlyIsRequiredOnlyInResponses() throws {
        #expect(try Self.issues(#"{"name": "tom"}"#, "Pet", direction: .request) == [])
        #expect(try Self.issues(#"{"name": "tom"}"#, "Pet", direction: .response) == ["/id required: is required"])
    }

    @Test func oneOfNeedsExactlyOneMatch() throws {
        #expect(try Self.issues(#"{"radius": 1}"#, "Shape") == [])
        #expect(try Self.issues(#"{"radius": 1, "side": 2}"#, "Shape") == ["oneOf: must match exactly one of 2 alternatives; it matches several"])
        #expect(try Self.issues(#"{}"#, "Shape") == ["oneOf: must match one of 2 alternatives; it matches none"])
    }

    @Test func aSelfReferentialSchemaStopsInsteadOfRecursingForever() throws {
        let loop = ValidationSchemas(json: ##"{"$defs": {"A": {"$ref": "#/$defs/A"}}, "entries": {}}"##)
        let issues = SchemaValidator(schemas: loop, direction: .request).validate(.int(1), against: try #require(loop.node("#/$defs/A")))
        #expect(issues.map(\.rule) == ["depth"])
    }
}

/// Parameter text → JSON by style and schema, as the server reads it.
@Suite struct ParameterReaderTests {
    static let schemas = ValidationSchemas(json: #"{"$defs": {}, "entries": {}}"#)

    static func reader(_ style: SerializationStyle, explode: Bool, name: String = "p") -> ParameterReader {
        ParameterReader(schemas: schemas, name: name, style: style, explode: explode, escaping: .query)
    }

    static let integers: [String: AnyJSON] = ["type": .string("array"), "items": .object(["type": .string("integer")])]
    static let point: [String: AnyJSON] = ["type": .string("object"), "properties": .object(["x": .object(["type": .string("integer")]), "y": .object(["type": .string("string")])])]

    @Test func scalarsTakeTheSchemasType() {
        let reader = Self.reader(.form, explode: true)
        #expect(reader.scalar("42", ["type": .string("integer")]) == .int(42))
        #expect(reader.scalar("4.5", ["type": .string("number")]) == .double(4.5))
        #expect(reader.scalar("true", ["type": .string("boolean")]) == .bool(true))
        #expect(reader.scalar("forty", ["type": .string("integer")]) == .string("forty"), "left for the validator to report")
        #expect(reader.scalar("", ["type": .array([.string("integer"), .string("null")])]) == .null)
    }

    @Test func queryArraysByStyle() {
        #expect(Self.reader(.form, explode: true).query([("p", "1"), ("q", "x"), ("p", "2")], Self.integers) == .array([.int(1), .int(2)]))
        #expect(Self.reader(.form, explode: false).query([("p", "1,2")], Self.integers) == .array([.int(1), .int(2)]))
        #expect(Self.reader(.spaceDelimited, explode: false).query([("p", "1 2")], Self.integers) == .array([.int(1), .int(2)]))
        #expect(Self.reader(.pipeDelimited, explode: false).query([("p", "1|2")], Self.integers) == .array([.int(1), .int(2)]))
        #expect(Self.reader(.form, explode: true).query([("q", "1")], Self.integers) == nil)
    }

    @Test func queryObjectsByStyle() {
        let expected = AnyJSON.object(["x": .int(1), "y": .string("a")])
        #expect(Self.reader(.deepObject, explode: true).query([("p[x]", "1"), ("p[y]", "a")], Self.point) == expected)
        #expect(Self.reader(.form, explode: true).query([("x", "1"), ("y", "a"), ("other", "z")], Self.point) == expected)
        #expect(Self.reader(.form, explode: false).query([("p", "x,1,y,a")], Self.point) == expected)
    }

    @Test func pathStyles() {
        #expect(Self.reader(.simple, explode: false).path("1,2", Self.integers) == .array([.int(1), .int(2)]))
        #expect(Self.reader(.label, explode: false).path(".1,2", Self.integers) == .array([.int(1), .int(2)]))
        #expect(Self.reader(.label, explode: true).path(".1.2", Self.integers) == .array([.int(1), .int(2)]))
        #expect(Self.reader(.matrix, explode: false).path(";p=1,2", Self.integers) == .array([.int(1), .int(2)]))
        #expect(Self.reader(.matrix, explode: true).path(";p=1;p=2", Self.integers) == .array([.int(1), .int(2)]))
        #expect(Self.reader(.simple, explode: true).path("x=1,y=a", Self.point) == .object(["x": .int(1), "y": .string("a")]))
        #expect(Self.reader(.matrix, explode: false).path(";p=7", ["type": .string("integer")]) == .int(7))
    }

    @Test func queryStringsDecode() {
        let items = QueryString.parse("a=1%202&b=x+y&c&d=%E2%9C%93&e=%zz&f%5Bg%5D=1")
        #expect(items.map(\.name) == ["a", "b", "c", "d", "e", "f[g]"])
        #expect(items.map { QueryString.decode($0.value) } == ["1 2", "x y", "", "✓", "%zz", "1"])
    }

    /// The generated client's form bodies: bracketed objects and indexed arrays, any depth.
    @Test func formBodiesNestByBrackets() {
        let schema: [String: AnyJSON] = ["type": .string("object"), "properties": .object([
            "n": .object(["type": .string("integer")]),
            "tags": .object(["type": .string("array"), "items": .object(["type": .string("string")])]),
            "address": .object(["type": .string("object"), "properties": .object(["lines": .object(["type": .string("array"), "items": .object(["type": .string("string")])])])]),
        ])]
        let body = ParameterReader(schemas: Self.schemas, name: "", style: .form, explode: true, escaping: .query)
            .form(QueryString.parse("n=1&tags=a&tags=b&address[city]=Paris&address[lines][1]=second&address[lines][0]=first+line&extra[]=x&extra[]=y"), schema)
        #expect(body == .object([
            "n": .int(1), "tags": .array([.string("a"), .string("b")]),
            "address": .object(["city": .string("Paris"), "lines": .array([.string("first line"), .string("second")])]),
            "extra": .array([.string("x"), .string("y")]),
        ]))
    }

    /// Delimiters are split on before decoding: an encoded delimiter stays inside its item.
    @Test func encodedDelimitersStayInsideItems() {
        let strings: [String: AnyJSON] = ["type": .string("array"), "items": .object(["type": .string("string")])]
        #expect(Self.reader(.form, explode: false).query([("p", "a%2Cb,c")], strings) == .array([.string("a,b"), .string("c")]))
        #expect(Self.reader(.pipeDelimited, explode: false).query([("p", "a%7Cb|c%7Cd")], strings) == .array([.string("a"), .string("b"), .string("c"), .string("d")]))
        #expect(Self.reader(.spaceDelimited, explode: false).query([("p", "a+b%20c")], strings) == .array([.string("a"), .string("b"), .string("c")]))
        let path = ParameterReader(schemas: Self.schemas, name: "p", style: .simple, explode: false, escaping: .path)
        #expect(path.path("x%2Cy,z+1", strings) == .array([.string("x,y"), .string("z+1")]), "a path keeps + as +")
    }
}

/// RFC 3339 as the grammar has it, not as Foundation's ISO 8601 parser narrows it.
@Suite struct RFC3339Tests {
    @Test(arguments: [
        ("1985-04-12T23:20:50.52Z", 482_196_050.52),
        ("1996-12-19T16:39:57-08:00", 851_042_397),
        ("1990-12-31T23:59:60Z", 662_688_000),
        ("0093-08-26T02:42:23.6Z", -59_211_811_056.4),
        ("2024-02-29t00:00:00z", 1_709_164_800),
        ("8134-04-04T14:39:51.2-18:05", 194_525_225_091.2),
    ])
    func parses(_ text: String, _ seconds: Double) throws {
        let date = try #require(RFC3339.dateTime(text, strict: true))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.001)
    }

    @Test(arguments: ["2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T00:00:00",
                      "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00+0100", "2024-01-01 00:00:00Z", "24-01-01T00:00:00Z", "2024-01-01T00:00:00Zjunk"])
    func refusesInStrictMode(_ text: String) {
        #expect(RFC3339.dateTime(text, strict: true) == nil)
    }

    @Test func lenientModeAcceptsCommonVariants() {
        #expect(RFC3339.dateTime("2024-01-01T00:00:00+0100") == RFC3339.dateTime("2024-01-01T00:00:00+01:00"))
        #expect(RFC3339.dateTime("2024-01-01 00:00:00Z") == RFC3339.dateTime("2024-01-01T00:00:00Z"))
    }

    @Test(arguments: ["1985-04-12T23:20:50.520Z", "0093-08-26T02:42:23.600Z", "1969-12-31T23:59:59.999Z", "9999-12-31T23:59:59.000Z"])
    func formatsWhatItParses(_ text: String) throws {
        #expect(RFC3339.format(try #require(RFC3339.dateTime(text))) == text)
    }
}
