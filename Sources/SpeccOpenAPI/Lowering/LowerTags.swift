import SpeccDiagnostics
import SpeccIR
import SpeccYAML

extension LoweringContext {
    /// The top-level tags, with 3.2's tree checked: every `parent` names a declared tag and no
    /// tag is its own ancestor, so emitters can walk up from any tag and stop.
    func lowerTags(_ root: YAMLNode) -> [Tag] {
        guard let items = sequence(root, "tags", in: "the document") else { return [] }
        var seen: [String: YAMLNode] = [:]
        var parentNodes: [String: YAMLNode] = [:]
        var tags: [Tag] = items.compactMap { entry in
            guard let item = object(entry, "each tag"), let name = string(item, "name", in: "tag", required: true) else { return nil }
            if let first = seen[name] {
                sink.error("tag-duplicate", "duplicate tag '\(name)'", at: item.location, notes: [.init("first declared here", at: first.location)])
                return nil
            }
            seen[name] = item
            let owner = "tag '\(name)'"
            checkKnownFields(item, .tag, owner: owner)
            var tag = Tag(name: name)
            tag.location = item.location
            tag.extensions = extensions(of: item)
            tag.summary = string(item, "summary", in: owner)
            tag.description = string(item, "description", in: owner)
            tag.kind = string(item, "kind", in: owner)
            tag.parent = string(item, "parent", in: owner)
            if tag.parent != nil { parentNodes[name] = item["parent"] }
            tag.externalDocs = lowerExternalDocs(item)
            return tag
        }
        for index in tags.indices {
            guard let parent = tags[index].parent, seen[parent] == nil, let node = parentNodes[tags[index].name] else { continue }
            let suggestion = Suggestion.closest(to: parent, in: tags.map(\.name)).map { [Diagnostic.Note("did you mean '\($0)'?")] } ?? []
            sink.error("tag-parent-unknown", "tag '\(tags[index].name)' has parent '\(parent)', which is not a declared tag", at: node.location, notes: suggestion)
            tags[index].parent = nil
        }
        breakCycles(&tags, parentNodes: parentNodes)
        return tags
    }

    /// Reports each parent cycle once, at the `parent` of its first tag in document order, and
    /// cuts it there so the IR's tree is a tree.
    private func breakCycles(_ tags: inout [Tag], parentNodes: [String: YAMLNode]) {
        let position = Dictionary(uniqueKeysWithValues: tags.indices.map { (tags[$0].name, $0) })
        var settled = Set<String>()
        for start in tags.indices {
            var path: [String] = []
            var current: String? = tags[start].name
            while let name = current, !settled.contains(name) {
                if let loopStart = path.firstIndex(of: name) {
                    let loop = Array(path[loopStart...])
                    let first = loop.min { position[$0]! < position[$1]! }!
                    let rotated = Array(loop[loop.firstIndex(of: first)!...] + loop[..<loop.firstIndex(of: first)!])
                    let description = loop.count == 1 ? "tag '\(first)' is its own parent"
                        : "tags nest in a cycle: " + (rotated + [first]).map { "'\($0)'" }.joined(separator: " → ")
                    sink.error("tag-parent-cycle", description + "; a tag may not be nested under itself", at: parentNodes[first]!.location)
                    tags[position[first]!].parent = nil
                    break
                }
                path.append(name)
                current = position[name].flatMap { tags[$0].parent }
            }
            settled.formUnion(path)
        }
    }
}
