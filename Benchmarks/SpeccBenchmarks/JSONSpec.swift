import Foundation
import SpeccIR
import SpeccYAML

/// A YAML spec rewritten as JSON, indented as published JSON specs are, for timing the front end
/// on JSON input (the corpus's JSON-heavy case, OpenAI's, is published as YAML).
enum JSONSpec {
    static func write(from yamlPath: String) -> String? {
        guard let bytes = FileManager.default.contents(atPath: yamlPath).map({ [UInt8]($0) }),
              let root = YAMLLoader.load(bytes: bytes, file: yamlPath).document?.root else { return nil }
        let path = DiskFloor.emptyFolder("json") + "/" + ((yamlPath as NSString).lastPathComponent as NSString).deletingPathExtension + ".json"
        guard FileManager.default.createFile(atPath: path, contents: Data(json(root).prettyText.utf8)) else { return nil }
        return path
    }

    private static func json(_ node: YAMLNode) -> JSONValue {
        switch node.kind {
        case .scalar:
            switch node.resolved {
            case .null: .null
            case .bool(let value): .bool(value)
            case .integer(let value): .integer(value)
            case .double(let value): .number(value)
            case .string(let value): .string(value)
            }
        case .sequence: .array(node.items.map(json))
        case .mapping: .object(node.pairs.map { JSONMember($0.key.scalar ?? "", json($0.value)) })
        }
    }
}
