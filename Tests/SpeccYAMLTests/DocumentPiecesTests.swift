import Foundation
import SpeccDiagnostics
@testable import SpeccYAML
import Testing

/// A large spec is parsed in pieces on two cores: the tree must be the one a single parse builds,
/// node for node, and where the pieces cannot stand alone the single parse's result (its
/// diagnostic included) must come back.
@Suite struct DocumentPiecesTests {
    private static func serial(_ text: String) -> YAMLLoader.Result {
        YAMLLoader.load(bytes: Array(text.utf8), file: "test.yaml", threads: 1)
    }

    /// The pieces' joined tree, or nil where the loader would parse the file in one.
    private static func pieces(_ text: String) -> YAMLDocument? {
        Array(text.utf8).withUnsafeBufferPointer { YAMLLoader.loadInPieces($0, file: "test.yaml", limits: .default, minimumBytes: 0) }
    }

    private static func same(_ document: YAMLDocument?, _ other: YAMLDocument?) -> Bool {
        guard let document, let other else { return false }
        return document.records == other.records && document.children == other.children && document.text == other.text
            && document.rootIndex == other.rootIndex && document.sourceDigest == other.sourceDigest
    }

    /// `count` entries of a mapping at `indent`, each with a nested value, an anchor and its alias.
    private static func entries(_ prefix: String, count: Int, indent: String) -> String {
        (0..<count).map { index in
            "\(indent)\(prefix)\(index):\n\(indent)  summary: &s\(index) \"Entry \(index) é\"\n\(indent)  again: *s\(index)\n\(indent)  list: [1, two, {three: 3}]\n"
        }.joined()
    }

    @Test func aCutOneLevelInJoinsToTheTreeOfOneParse() throws {
        let text = "openapi: 3.1.0\ninfo:\n  title: T\npaths:\n" + Self.entries("/p", count: 40, indent: "  ")
            + "# a comment at the root\nsecurity: []\nservers:\n- url: https://example.com\n"
        let cut = try #require(Array(text.utf8).withUnsafeBufferPointer { DocumentPieces.cut(in: $0, minimumBytes: 0) })
        #expect(cut.isNested && cut.third != nil)
        let joined = try #require(Self.pieces(text))
        #expect(Self.same(joined, Self.serial(text).document))
        // Lines of the later pieces are the file's: `servers:` is on line 167, its list on 168.
        #expect(joined.root?["servers"]?.location.line == 168)
        #expect(joined.root?["paths"]?["/p39"]?["summary"]?.scalar == "Entry 39 é")
    }

    @Test func aCutAtTheRootJoinsToTheTreeOfOneParse() throws {
        let text = (0..<60).map { "key\($0):\n  value: \($0)\n  other: &a\($0) [x]\n  more: *a\($0)\n" }.joined()
        let cut = try #require(Array(text.utf8).withUnsafeBufferPointer { DocumentPieces.cut(in: $0, minimumBytes: 0) })
        #expect(!cut.isNested)
        #expect(Self.same(Self.pieces(text), Self.serial(text).document))
    }

    @Test func aMergeKeyAfterTheCutIsExpandedAsOneParseExpandsIt() throws {
        let text = "paths:\n" + Self.entries("/p", count: 30, indent: "  ")
            + "  /anchor: &base {a: 1, b: 2}\n  /merged:\n    <<: *base\n    b: 3\n  <<: {late: 1}\nend: 1\n"
        let joined = try #require(Self.pieces(text))
        #expect(Self.same(joined, Self.serial(text).document))
        #expect(joined.root?["paths"]?["/merged"]?.pairs.map { $0.key.scalar } == ["a", "b"])
        #expect(joined.root?["paths"]?["/merged"]?["b"]?.scalar == "3")
        #expect(joined.root?["paths"]?["late"]?.scalar == "1")
    }

    private static func keys(_ range: Range<Int>) -> String {
        range.map { "key\($0): \($0)\n" }.joined()
    }

    /// Each of these parses in pieces only wrongly or not at all: the loader parses it in one.
    static let unsettled: [String] = {
        let paths: String = entries("/p", count: 30, indent: "  ")
        let flow: String = (0..<60).map { "  p\($0): \($0),\n" }.joined()
        let scalarLines: String = (0..<60).map { "  line\($0): text\n" }.joined()
        var texts: [String] = []
        // An alias after the cut to an anchor before it.
        texts.append("paths:\n  /first:\n    x: &early 1\n" + paths + "  /last: *early\n")
        // A merge key before a cut one level in naming a key the mapping has after it.
        texts.append("paths:\n  <<: {/p29: merged}\n" + paths)
        // A duplicate key, one on each side of the cut.
        texts.append("paths:\n  /p29: 1\n" + paths)
        texts.append("end: 1\n" + keys(0..<60) + "end: 2\n")
        // A document end as the first piece's last line, so the rest is a second document.
        texts.append(keys(10..<40) + "...\n" + keys(40..<70))
        // A second document.
        texts.append(keys(0..<60) + "---\nother: 1\n")
        // A flow mapping across the cut.
        texts.append("paths: {\n" + flow + "  last: 1 }\n")
        // A block scalar whose lines look like keys one level in.
        texts.append("info:\n  title: T\ndescription: |\n" + scalarLines + "end: 1\n")
        // Nesting past the depth limit after a cut one level in (the limit counts from the root).
        let deep = String(repeating: "[", count: YAMLLimits.default.maxDepth - 1) + String(repeating: "]", count: YAMLLimits.default.maxDepth - 1)
        texts.append("paths:\n" + paths + "  /deep: " + deep + "\n")
        // Syntax errors on either side.
        texts.append("paths:\n  /a: [1\n" + paths)
        texts.append("paths:\n" + paths + "  /b: \"open\n")
        return texts
    }()

    @Test(arguments: unsettled)
    func whatPiecesCannotSettleIsParsedInOne(_ text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { DocumentPieces.cut(in: $0, minimumBytes: 0) } != nil, "the case is cut: \(Self.unsettled.firstIndex(of: text) ?? -1)")
        let one = Self.serial(text)
        let result = YAMLLoader.load(bytes: Array(text.utf8), file: "test.yaml", threads: 2)
        #expect(result.diagnostics == one.diagnostics)
        #expect((result.document == nil) == (one.document == nil))
        if let document = result.document { #expect(Self.same(document, one.document)) }
        if let joined = Self.pieces(text) { #expect(Self.same(joined, one.document), "pieces joined to another tree") }
    }

    /// A `%TAG` directive's handles apply to the whole document, so the file is not cut: a piece
    /// after the cut would read `!!str` as the standard string tag.
    @Test func aFileWithDirectivesIsNotCut() {
        let text = "# spec\n%TAG !! tag:example.com,2026:\n---\n" + (0..<60).map { "key\($0): !!str \($0)\n" }.joined()
        #expect(Array(text.utf8).withUnsafeBufferPointer { DocumentPieces.cut(in: $0, minimumBytes: 0) } == nil)
        #expect(Self.pieces(text) == nil)
    }

    @Test func filesThatAreNotBlockStyleUTF8AreNotCut() {
        let json = "{\n" + (0..<100).map { "  \"k\($0)\": {\"v\": \($0)},\n" }.joined() + "  \"end\": 1\n}\n"
        #expect(Array(json.utf8).withUnsafeBufferPointer { DocumentPieces.cut(in: $0, minimumBytes: 0) } == nil)
        let utf16 = [UInt8]([0xFF, 0xFE]) + Array("a: 1\n".utf8).flatMap { [$0, 0] }
        #expect(utf16.withUnsafeBufferPointer { DocumentPieces.cut(in: $0, minimumBytes: 0) } == nil)
    }

    @Test func stripesSpecIsCutAndJoinedToTheTreeOfOneParse() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Corpus/stripe/spec3.yaml").path
        let bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        let joined = bytes.withUnsafeBufferPointer { YAMLLoader.loadInPieces($0, file: path, limits: .default) }
        #expect(Self.same(joined, YAMLLoader.load(bytes: bytes, file: path, threads: 1).document))
    }
}
