import SpeccIR
import Testing

/// Path templates are read on bytes when ASCII and on characters otherwise; both must agree on
/// what a user sees: the variables, where each `{` is (in characters), and the template's shape.
@Suite struct PathTemplateTests {
    @Test func asciiTemplates() {
        #expect(PathTemplate.variables(in: "/v1/customers/{customer}/sources/{id}") == ["customer", "id"])
        #expect(PathTemplate.variableOffsets(in: "/a/{x}/b/{yy}").map(\.offset) == [3, 9])
        #expect(PathTemplate.variables(in: "/a/{}/b/{unclosed") == [""])
        #expect(PathTemplate.shape(of: "/pets/{petId}/toys/{id}") == "/pets/{}/toys/{}")
        #expect(PathTemplate.shape(of: "/pets/{id}") == PathTemplate.shape(of: "/pets/{petId}"))
        #expect(PathTemplate.shape(of: "/a}b") == "/ab")
    }

    @Test func nonASCIITemplatesCountCharacters() {
        let template = "/café/{naïve}/e\u{301}/{id}"
        #expect(PathTemplate.variables(in: template) == ["naïve", "id"])
        // "/café/" is six characters, "/café/{naïve}/é/" sixteen (é written as e + a combining accent).
        #expect(PathTemplate.variableOffsets(in: template).map(\.offset) == [6, 16])
        #expect(PathTemplate.shape(of: template) == "/café/{}/e\u{301}/{}")
        // A brace with a combining mark is no brace, in the variables and in the shape alike.
        #expect(PathTemplate.variables(in: "/a/{\u{301}x}") == [])
        #expect(PathTemplate.shape(of: "/a/{\u{301}x}") == "/a/{\u{301}x")
        // `\r\n` is one character of two bytes.
        #expect(PathTemplate.variableOffsets(in: "/a\r\n/{id}").map(\.offset) == [4])
    }
}
