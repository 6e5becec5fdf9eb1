import SpeccDiagnostics
import SpeccYAML
import Testing

@Suite struct YAMLLoaderTests {
    @Test func mappingsKeepKeyOrderAndLocations() throws {
        let document = try YAMLTestSupport.load("""
            zeta: 1
            alpha:
              - first
              - {b: 2, a: 1}
            middle: "quoted"
            """)
        let root = try #require(document.root)
        #expect(root.pairs.map { $0.key.scalar } == ["zeta", "alpha", "middle"])
        let alpha = try #require(root["alpha"])
        #expect(alpha.items.count == 2)
        #expect(alpha.items[1].pairs.map { $0.key.scalar } == ["b", "a"])
        #expect(root["middle"]?.style == .doubleQuoted)
        #expect(alpha.items[0].location == SourceLocation(file: "test.yaml", line: 3, column: 5))
        #expect(root.pair("middle")?.key.location == SourceLocation(file: "test.yaml", line: 5, column: 1))
    }

    @Test func jsonDocumentsLoad() throws {
        let document = try YAMLTestSupport.load(#"{"openapi": "3.1.0", "list": [1, 2.5, true, null, "x"]}"#)
        let list = try #require(document.root?["list"])
        #expect(list.items.map(\.resolved) == [.integer(1), .double(2.5), .bool(true), .null, .string("x")])
    }

    @Test func aliasesShareTheAnchoredNode() throws {
        let document = try YAMLTestSupport.load("""
            base: &shared {type: string, maxLength: 3}
            copy: *shared
            """)
        let root = try #require(document.root)
        #expect(root["copy"]?.identity == root["base"]?.identity)
        #expect(root["copy"]?["maxLength"]?.resolved == .integer(3))
    }

    @Test func mergeKeysExpandWithExplicitKeysWinning() throws {
        let document = try YAMLTestSupport.load("""
            defaults: &defaults {a: 1, b: 2}
            more: &more {c: 3, a: 9}
            item:
              b: explicit
              <<: [*defaults, *more]
            """)
        let item = try #require(document.root?["item"])
        #expect(item.pairs.map { $0.key.scalar } == ["b", "a", "c"])
        #expect(item["a"]?.resolved == .integer(1), "earlier merged mappings win over later ones")
        #expect(item["b"]?.scalar == "explicit")
    }

    @Test func duplicateKeysAreErrorsWithBothLocations() {
        let diagnostics = YAMLTestSupport.diagnostics("a: 1\nb: 2\na: 3\n")
        #expect(diagnostics.map(\.description) == [
            "test.yaml:3:1: error: duplicate key 'a' [yaml-duplicate-key]\ntest.yaml:1:1: note: first defined here",
        ])
    }

    @Test func duplicateKeysInLargeMappingsAreFound() {
        let keys = (0..<40).map { "k\($0): \($0)" } + ["k17: again"]
        let diagnostics = YAMLTestSupport.diagnostics(keys.joined(separator: "\n"))
        #expect(diagnostics.first?.code == "yaml-duplicate-key")
        #expect(diagnostics.first?.location.line == 41)
    }

    @Test func depthLimitIsAnErrorNotAStackOverflow() {
        let text = "x: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let diagnostics = YAMLTestSupport.diagnostics(text, limits: YAMLLimits(maxDepth: 64))
        #expect(diagnostics.map(\.code) == ["yaml-too-deep"])
        #expect(diagnostics.first?.location.column == 4 + 63)
    }

    @Test func aliasBombIsRefusedQuickly() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<12 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let clock = ContinuousClock()
        let start = clock.now
        let diagnostics = YAMLTestSupport.diagnostics(lines.joined(separator: "\n"))
        #expect(diagnostics.map(\.code) == ["yaml-alias-budget"])
        // Not a benchmark: a generous bound that only an actual expansion would break.
        #expect(clock.now - start < .seconds(10))
    }

    @Test func recursiveAliasIsRefused() {
        let diagnostics = YAMLTestSupport.diagnostics("a: &loop [1, *loop]\n")
        #expect(diagnostics.map(\.code) == ["yaml-unknown-alias"])
        #expect(diagnostics.first?.message.contains("contains it") == true)
    }

    @Test func syntaxErrorsCarryLibyamlPositions() {
        let diagnostics = YAMLTestSupport.diagnostics("a: [1, 2\nb: 3\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == "yaml-syntax")
        #expect(diagnostics.first?.location.line == 2)
    }

    @Test func invalidUTF8IsAReaderError() {
        let result = YAMLLoader.load(bytes: [0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x0A], file: "bad.yaml")
        #expect(result.document == nil)
        #expect(result.diagnostics.first?.code == "yaml-encoding")
    }

    @Test func complexKeysAreRefused() {
        let diagnostics = YAMLTestSupport.diagnostics("? [a]\n: 1\n")
        #expect(diagnostics.map(\.code) == ["yaml-complex-key"])
    }
}
