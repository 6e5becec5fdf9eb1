import SpeccTemplating
import Testing

/// The raw literal a server embeds its schemas in: the text must come back verbatim, whatever
/// runs of `#` follow a backslash or three quotes inside it.
@Suite struct SwiftLiteralTests {
    @Test func plainTextTakesOneHash() {
        #expect(SwiftLiteral.rawMultiline(utf8: Array(#"{"a": "b\n"}"#.utf8)) == "#\"\"\"\n{\"a\": \"b\\n\"}\n\"\"\"#")
    }

    @Test func delimiterOutgrowsEveryRunInside() {
        // `\##` would be an escape in a `##` literal and `"""##` would close it: three are needed.
        let text = ###"pattern: "\##d" and """## end"###
        let literal = SwiftLiteral.rawMultiline(utf8: Array(text.utf8))
        #expect(literal.hasPrefix("###\"\"\"\n"))
        #expect(literal.hasSuffix("\n\"\"\"###"))
        #expect(literal.dropFirst(7).dropLast(7) == Substring(text))
    }

    @Test func emptyAndMultiByteTextSurvive() {
        #expect(SwiftLiteral.rawMultiline(utf8: []) == "#\"\"\"\n\n\"\"\"#")
        #expect(SwiftLiteral.rawMultiline(utf8: Array("naïve — 日本".utf8)) == "#\"\"\"\nnaïve — 日本\n\"\"\"#")
    }
}
