import CSpeccYAML
import SpeccDiagnostics
import SpeccSystem

/// Reads libyaml's event stream into a `YAMLDocument`.
///
/// Problems come back as diagnostics located at `file:line:column` (libyaml's marks are 0-based;
/// ours are 1-based). Loading stops at the first structural error: after one, libyaml cannot
/// resynchronise and later messages would only be noise.
public enum YAMLLoader {
    public struct Result: Sendable {
        /// Nil when the bytes could not be loaded at all.
        public var document: YAMLDocument?
        public var diagnostics: [Diagnostic]

        public init(document: YAMLDocument?, diagnostics: [Diagnostic]) {
            self.document = document
            self.diagnostics = diagnostics
        }
    }

    /// - Parameter threads: above 1, a large block-style file may be parsed in two pieces at once
    ///   (see `DocumentPieces`); the result is the same either way.
    public static func load(bytes: [UInt8], file: String, limits: YAMLLimits = .default, threads: Int = 1) -> Result {
        if bytes.count > limits.maxBytes {
            return Result(document: nil, diagnostics: [.error(
                "yaml-too-large", "file is \(bytes.count) bytes; the limit is \(limits.maxBytes)", at: .file(file))])
        }
        return bytes.withUnsafeBufferPointer { buffer in
            if threads > 1, let document = loadInPieces(buffer, file: file, limits: limits) {
                return Result(document: document, diagnostics: [])
            }
            var builder = TreeBuilder(file: file, limits: limits, sizeHint: bytes.count)
            if case .failed(let diagnostic) = parse(buffer, into: &builder) {
                return Result(document: nil, diagnostics: [diagnostic])
            }
            return Result(document: builder.finish(sourceDigest: ContentDigest.of(bytes)), diagnostics: [])
        }
    }

    /// The pieces parsed two at a time, joined; nil where there is no cut or the whole file must
    /// be parsed in one.
    static func loadInPieces(_ buffer: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLLimits,
                             minimumBytes: Int = DocumentPieces.minimumBytes) -> YAMLDocument? {
        guard let cut = DocumentPieces.cut(in: buffer, minimumBytes: minimumBytes) else { return nil }
        let sourceDigest = ContentDigest.of(UnsafeRawBufferPointer(buffer))
        let end = cut.third ?? buffer.count
        let first = UnsafeBufferPointer(rebasing: buffer[..<cut.second]), second = UnsafeBufferPointer(rebasing: buffer[cut.second..<end])
        // The first piece reserves room for the whole file's nodes and text, so the others are
        // appended to its arrays where they lie (pages reserved and never written cost nothing).
        func piece(_ bytes: UnsafeBufferPointer<UInt8>, depth: Int = 0, sizeHint: Int? = nil) -> DocumentPieces.Piece? {
            var tree = TreeBuilder(file: file, limits: limits, sizeHint: sizeHint ?? bytes.count, isPiece: true, depthOffset: depth)
            guard case .parsed(let lines) = parse(bytes, into: &tree) else { return nil }
            return DocumentPieces.Piece(tree: tree, lines: lines)
        }
        // The second piece is the large one; the first and the root keys after a nested cut (a
        // few lines on real specs) are parsed here meanwhile.
        nonisolated(unsafe) var parsedSecond: DocumentPieces.Piece?
        let thread = POSIXThread { parsedSecond = piece(second, depth: cut.isNested ? 1 : 0) }
        var parsedFirst = piece(first, sizeHint: buffer.count)
        var parsedThird = cut.third.map { piece(UnsafeBufferPointer(rebasing: buffer[$0...])) }
        thread.join()
        // Taken out of their variables, so the join holds the only reference to each tree.
        guard let firstPiece = parsedFirst.take(), let secondPiece = parsedSecond.take() else { return nil }
        let thirdPiece = parsedThird.take()
        if case .some(nil) = thirdPiece { return nil }
        return cut.isNested
            ? DocumentPieces.join(firstPiece, nested: secondPiece, rest: thirdPiece ?? nil, limits: limits, sourceDigest: sourceDigest)
            : DocumentPieces.join(firstPiece, nested: nil, rest: secondPiece, limits: limits, sourceDigest: sourceDigest)
    }

    private enum ParseOutcome {
        /// `lines`: the line libyaml's stream ended on, 0-based (the line count, after a final break).
        case parsed(lines: Int)
        case failed(Diagnostic)
    }

    /// libyaml's events for `buffer`, each into `builder`.
    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, into builder: inout TreeBuilder) -> ParseOutcome {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failed(.error("yaml-internal", "libyaml could not be initialised", at: .file(builder.file)))
        }
        defer { yaml_parser_delete(&parser) }
        // libyaml reads an empty buffer fine but wants a non-null pointer.
        let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        yaml_parser_set_input_string(&parser, base, buffer.count)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return .failed(parserError(parser, file: builder.file, input: buffer))
            }
            let type = event.type, endLine = event.end_mark.line
            let outcome = builder.consume(event)
            yaml_event_delete(&event)
            if case .failed(let diagnostic) = outcome { return .failed(diagnostic) }
            if type == YAML_STREAM_END_EVENT { return .parsed(lines: endLine) }
        }
    }

    private static func parserError(_ parser: yaml_parser_t, file: String, input: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        let mark = parser.problem_mark
        let location = SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
        var notes: [Diagnostic.Note] = []
        if let context = parser.context.map({ String(cString: $0) }) {
            let contextMark = parser.context_mark
            notes.append(.init(context, at: SourceLocation(file: file, line: contextMark.line + 1, column: contextMark.column + 1)))
        }
        if problem.contains("tab") || lineIndentationHasTab(input, line: mark.line) {
            notes.append(.init("YAML does not allow tabs for indentation; use spaces"))
        }
        return .error(errorCode(for: parser.error), problem, at: location, notes: notes)
    }

    /// libyaml reports a tab in indentation as a generic scanner error; say what it means.
    private static func lineIndentationHasTab(_ input: UnsafeBufferPointer<UInt8>, line: Int) -> Bool {
        var currentLine = 0
        var index = 0
        while index < input.count, currentLine < line {
            if input[index] == UInt8(ascii: "\n") { currentLine += 1 }
            index += 1
        }
        while index < input.count, input[index] == UInt8(ascii: " ") || input[index] == 9 {
            if input[index] == 9 { return true }
            index += 1
        }
        return false
    }

    private static func errorCode(for error: yaml_error_type_t) -> String {
        switch error {
        case YAML_READER_ERROR: "yaml-encoding"
        case YAML_SCANNER_ERROR: "yaml-syntax"
        case YAML_PARSER_ERROR: "yaml-syntax"
        case YAML_MEMORY_ERROR: "yaml-memory"
        default: "yaml-syntax"
        }
    }
}
