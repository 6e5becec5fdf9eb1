import Foundation
import SpeccOpenAPI
import SpeccYAML

/// A YAML spec rewritten as JSON, indented as published JSON specs are, for timing the front end
/// on JSON input (the corpus's JSON-heavy case, OpenAI's, is published as YAML).
enum JSONSpec {
    static func write(from yamlPath: String) -> String? {
        guard let bytes = FileManager.default.contents(atPath: yamlPath).map({ [UInt8]($0) }),
              let root = YAMLLoader.load(bytes: bytes, file: yamlPath).document?.root else { return nil }
        let path = DiskFloor.emptyFolder("json") + "/" + ((yamlPath as NSString).lastPathComponent as NSString).deletingPathExtension + ".json"
        guard FileManager.default.createFile(atPath: path, contents: Data(root.jsonValue.prettyText.utf8)) else { return nil }
        return path
    }
}
