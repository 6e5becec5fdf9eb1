import SpeccYAML
import Testing

/// The YAML 1.1 surprises, resolved deliberately (see `ScalarValue`).
@Suite struct ScalarResolutionTests {
    static let cases: [(String, ScalarValue)] = [
        ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
        ("NO", .string("NO")), ("y", .string("y")),
        ("true", .bool(true)), ("False", .bool(false)), ("TRUE", .bool(true)),
        ("0777", .string("0777")), ("007", .string("007")), ("0", .integer(0)), ("-12", .integer(-12)), ("+3", .integer(3)),
        ("0o17", .integer(15)), ("0x1F", .integer(31)), ("-0", .integer(0)), ("00", .string("00")), ("+", .string("+")),
        ("123456789012345678", .integer(123_456_789_012_345_678)), ("9223372036854775807", .integer(.max)),
        ("99999999999999999999", .double(1e20)), ("5000a", .string("5000a")), ("+-5", .string("+-5")),
        ("1e3", .double(1000)), ("1.5E-3", .double(0.0015)), ("3.0", .double(3)), (".5", .double(0.5)), ("1.", .double(1)),
        ("~", .null), ("null", .null), ("Null", .null), ("", .null),
        ("1.2.3", .string("1.2.3")), ("12:30", .string("12:30")), ("e3", .string("e3")), ("2001-12-14", .string("2001-12-14")),
        ("'true'", .string("true")), ("\"42\"", .string("42")), ("!!str 42", .string("42")), ("!!int \"7\"", .integer(7)),
    ]

    @Test(arguments: cases)
    func resolves(_ source: String, _ expected: ScalarValue) throws {
        let document = try YAMLTestSupport.load("value: \(source)\n")
        let value = try #require(document.root?["value"])
        #expect(value.resolved == expected)
    }

    @Test func infinityAndNaN() throws {
        let document = try YAMLTestSupport.load("a: .inf\nb: -.Inf\nc: .nan\n")
        #expect(document.root?["a"]?.resolved == .double(.infinity))
        #expect(document.root?["b"]?.resolved == .double(-.infinity))
        guard case .double(let nan)? = document.root?["c"]?.resolved else { Issue.record("expected a double"); return }
        #expect(nan.isNaN)
    }

    @Test func scalarTextIsKeptVerbatimForStringFields() throws {
        let document = try YAMLTestSupport.load("version: 1.10\nzip: 0777\n")
        #expect(document.root?["version"]?.scalar == "1.10")
        #expect(document.root?["zip"]?.scalar == "0777")
    }
}
