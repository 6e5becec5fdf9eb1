import SpeccIR
@testable import SpeccMarkdown
import Testing

@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("a | b", "a \\| b"),
        ("first line\nsecond line", "first line second line"),
        ("paragraph one\n\nparagraph two", "paragraph one<br><br>paragraph two"),
        ("trailing newline\n", "trailing newline"),
        ("", ""),
    ])
    func tableCellsNeverBreakTheTable(_ input: String, _ expected: String) {
        #expect(MarkdownText.cell(input) == expected)
    }

    @Test func inlineCodeSurvivesBackticksAndBars() {
        #expect(MarkdownText.code("a|b") == "`a\\|b`")
        #expect(MarkdownText.code("say `hi`") == "`` say `hi` ``")
    }

    @Test func slugsAreStableAndUnique() {
        #expect(MarkdownText.slug("GET /pets/{petId}") == "get-pets-petid")
        #expect(MarkdownText.slug("Event Patch") == "event-patch")
        #expect(MarkdownText.slug("ünïcode") == "n-code")
        var anchors = AnchorAllocator()
        #expect(anchors.anchor(for: "Event") == "event")
        #expect(anchors.anchor(for: "event") == "event-2")
        #expect(anchors.anchor(for: "EVENT") == "event-3")
    }

    @Test func curlQuotesSingleQuotesForTheShell() {
        #expect(CurlExample.quoted("it's") == "'it'\\''s'")
        #expect(CurlExample.percentEncoded("a b/c") == "a%20b%2Fc")
    }
}

@Suite struct MarkdownValueTests {
    @Test func valuesWithLineBreaksShowAsJSON() {
        #expect(MarkdownText.value(.string("plain")) == "`plain`")
        #expect(MarkdownText.value(.string("\n# Title")) == "`\"\\n# Title\"`")
        #expect(MarkdownText.value(.array([.string("a")])) == "`[\"a\"]`")
        #expect(MarkdownText.value(.bool(true)) == "`true`")
    }
}

@Suite struct CurlTextTests {
    @Test func replacingAllHandlesRepeatsAndEdges() {
        #expect("{a}/x/{a}".replacingAll("{a}", with: "1") == "1/x/1")
        #expect("none".replacingAll("{a}", with: "1") == "none")
        #expect("it's".replacingAll("'", with: "'\\''") == "it'\\''s")
    }
}
