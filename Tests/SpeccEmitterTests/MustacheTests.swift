import SpeccDiagnostics
import SpeccTemplating
import Testing

/// specc's Mustache, as a user's template override meets it: rendering, standalone lines,
/// partials, transforms, and located errors.
@Suite struct MustacheTests {
    /// `text` rendered with `model`, as the override of one built-in template; `partials` override
    /// other built-ins, which `text` may include by name.
    func render(_ text: String, _ model: Any, partials: [String: String] = [:]) throws -> String {
        var overrides = ["markdown/index": (path: "index.mustache", text: text)]
        for (name, partial) in partials { overrides[name] = (path: "\(name).mustache", text: partial) }
        let (templates, diagnostics) = TemplateSet.make(overrides: overrides)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let set = try #require(templates)
        return try #require(set.render(model, template: "markdown/index"))
    }

    func errors(_ text: String, partials: [String: String] = [:]) -> [Diagnostic] {
        var overrides = ["markdown/index": (path: "index.mustache", text: text)]
        for (name, partial) in partials { overrides[name] = (path: "\(name).mustache", text: partial) }
        let (templates, diagnostics) = TemplateSet.make(overrides: overrides)
        #expect(templates == nil)
        return diagnostics
    }

    @Test func variablesAreHTMLEscapedUnlessTripleOrAmpersandOrText() throws {
        let model: [String: Any] = ["x": "<a & 'b'\">", "n": 42, "yes": true]
        #expect(try render("{{x}}|{{{x}}}|{{& x }}|{{n}}|{{yes}}|{{missing}}", model)
            == "&lt;a &amp; &#39;b&#39;&quot;&gt;|<a & 'b'\">|<a & 'b'\">|42|true|")
        #expect(try render("{{% CONTENT_TYPE: TEXT}}\n{{x}}", model) == "<a & 'b'\">")
    }

    @Test func sectionsRepeatForListsAndSkipFalseEmptyOrMissing() throws {
        let model: [String: Any] = ["items": [["name": "a"], ["name": "b"]], "no": false, "none": [Any](), "word": "w"]
        #expect(try render("{{#items}}<{{name}}>{{/items}}", model) == "<a><b>")
        #expect(try render("{{#no}}x{{/no}}{{#none}}y{{/none}}{{#missing}}z{{/missing}}.", model) == ".")
        #expect(try render("{{^no}}1{{/no}}{{^none}}2{{/none}}{{^missing}}3{{/missing}}{{^items}}4{{/items}}", model) == "123")
        #expect(try render("{{#word}}[{{.}}]{{/word}}", model) == "[w]", "a value is pushed for its section")
    }

    @Test func namesWalkOutwardsAndDotsDescend() throws {
        let model: [String: Any] = ["outer": "O", "a": ["b": ["c": "deep"]], "list": [["own": "1"], ["own": "2"]]]
        #expect(try render("{{a.b.c}} {{#list}}{{own}}{{outer}} {{/list}}", model) == "deep 1O 2O ")
        #expect(try render("{{#list}}{{.outer}}|{{/list}}", model) == "||", "a leading dot looks in the innermost value only")
    }

    @Test func aDeclaredNilFieldStopsTheLookup() throws {
        struct Operation { let description: String? }
        struct Page { let description: String; let operations: [Operation] }
        let page = Page(description: "page", operations: [Operation(description: nil), Operation(description: "op")])
        #expect(try render("{{#operations}}[{{#description}}{{.}}{{/description}}]{{/operations}}", page) == "[][op]")
    }

    @Test func standaloneTagsLeaveNoLine() throws {
        let model: [String: Any] = ["yes": true, "items": ["a", "b"]]
        #expect(try render("Begin.\n{{#yes}}\nMiddle\n{{/yes}}\nEnd.\n", model) == "Begin.\nMiddle\nEnd.\n")
        #expect(try render("  {{#items}}\n  - {{.}}\n  {{/items}}\n", model) == "  - a\n  - b\n")
        #expect(try render("a\r\n{{! note }}\r\nb\r\n", model) == "a\r\nb\r\n")
        #expect(try render("| {{#yes}}x{{/yes}} |\n", model) == "| x |\n", "tags among text are not standalone")
        // Each tag's own line decides: the second opening shares its line with the first closing.
        #expect(try render("{{#yes}}x\n{{/yes}}  {{#yes}}\ny\n{{/yes}}", model) == "x\n  \ny\n")
        #expect(try render("  {{=<% %>=}}\n<%#yes%>\n[<% yes %>]\n<%/yes%>\n", model) == "[true]\n")
    }

    @Test func aStandalonePartialIndentsEachOfItsLines() throws {
        let model: [String: Any] = ["text": "one\ntwo", "items": ["x", "y"]]
        let partial = "{{#items}}\n- {{.}}\n{{/items}}\n{{text}}\n"
        #expect(try render("list:\n  {{> markdown/operation}}\nend\n", model, partials: ["markdown/operation": partial])
            == "list:\n  - x\n  - y\n  one\ntwo\nend\n", "every line of the partial, not those of a value")
        #expect(try render("[{{> markdown/operation}}]", ["items": ["z"], "text": "t"], partials: ["markdown/operation": partial]) == "[- z\nt\n]")
    }

    @Test func transformsReadAListSectionsPositionAndValues() throws {
        let model: [String: Any] = ["items": ["a", "b", "c"], "none": [Any](), "name": "hello world"]
        #expect(try render("{{#items}}{{.}}{{^last()}}, {{/last()}}{{/items}}", model) == "a, b, c")
        #expect(try render("{{#items}}{{index()}}{{#first()}}!{{/first()}}{{#odd()}}o{{/odd()}}{{/items}}", model) == "0!1o2")
        #expect(try render("{{count(items)}} {{#empty(none)}}none{{/empty(none)}} {{first(items)}}{{last(items)}}", model) == "3 none ac")
        #expect(try render("{{uppercased(name)}}|{{capitalized(name)}}|{{reversed(name)}}|{{uppercased(reversed(name))}}", model)
            == "HELLO WORLD|Hello World|dlrow olleh|DLROW OLLEH")
    }

    @Test func aPartialThatIncludesItselfEndsWithoutCrashing() throws {
        let text = try render("x{{> markdown/index}}", [String: Any]())
        #expect(text.count == 101, "the template and then a hundred nested partials")
    }

    @Test(arguments: [
        ("a\n{{#open}}\nb\n", "{{#open}} is not closed", 2, 1),
        ("{{#a}}\n  {{/b}}", "{{/b}} does not close {{#a}}", 2, 3),
        ("x {{/a}}", "{{/a}} closes no section", 1, 3),
        ("{{shout(name)}}", "'shout' is no transform", 1, 1),
        ("{{<parent}}{{/parent}}", "template inheritance", 1, 1),
        ("ok {{name", "a tag ends in }}", 1, 4),
        ("{{% CONTENT_TYPE: XML}}", "TEXT or HTML, not 'XML'", 1, 1),
        ("é {{=<% %>}}", "set-delimiter", 1, 3),
    ])
    func aTemplateThatDoesNotParseIsALocatedError(_ text: String, _ message: String, _ line: Int, _ column: Int) throws {
        let error = try #require(errors(text).first)
        #expect(error.code == "template-syntax")
        #expect(error.message.contains(message), "\(error.message)")
        #expect(error.location.file == "index.mustache")
        #expect(error.location.line == line && error.location.column == column, "\(error.location)")
    }

    @Test func aPartialNamingNoTemplateIsALocatedError() throws {
        let error = try #require(errors("a\n  {{> markdown/nothing}}\n").first)
        #expect(error.code == "template-partial")
        #expect(error.message.contains("markdown/nothing"))
        #expect(error.location.line == 2 && error.location.column == 3)
    }
}
