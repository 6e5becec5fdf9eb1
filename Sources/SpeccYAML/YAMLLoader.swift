import CSpeccYAML
import SpeccDiagnostics

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

    public static func load(bytes: [UInt8], file: String, limits: YAMLLimits = .default) -> Result {
        if bytes.count > limits.maxBytes {
            return Result(document: nil, diagnostics: [.error(
                "yaml-too-large", "file is \(bytes.count) bytes; the limit is \(limits.maxBytes)", at: .file(file))])
        }
        var builder = TreeBuilder(file: file, limits: limits, sizeHint: bytes.count)
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return Result(document: nil, diagnostics: [.error("yaml-internal", "libyaml could not be initialised", at: .file(file))])
            }
            defer { yaml_parser_delete(&parser) }
            // libyaml reads an empty buffer fine but wants a non-null pointer.
            let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
            yaml_parser_set_input_string(&parser, base, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return Result(document: nil, diagnostics: [parserError(parser, file: file, input: buffer)])
                }
                let type = event.type
                let outcome = builder.consume(event)
                yaml_event_delete(&event)
                if case .failed(let diagnostic) = outcome {
                    return Result(document: nil, diagnostics: [diagnostic])
                }
                if type == YAML_STREAM_END_EVENT { break }
            }
            return Result(document: builder.finish(sourceDigest: ContentDigest.of(bytes)), diagnostics: [])
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
