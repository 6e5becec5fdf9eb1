import SpeccYAML

/// Names the nodes that become named schemas of the IR, and queues them for lowering.
///
/// A component schema of the root spec keeps its own name. Any other `$ref` target (a component
/// of another file, a schema deep inside a path) is named after the last token of its pointer, or
/// the file's stem for a whole-file ref, with a numeric suffix when that name is taken. Because
/// lowering goes through this queue rather than recursing into targets, recursive schemas cost
/// nothing special.
final class SchemaRegistry {
    private let rootFile: String
    private var nameByKey: [String: String] = [:]
    private var usedNames: Set<String> = []
    private(set) var pending: [(name: String, node: YAMLNode)] = []

    init(rootFile: String) {
        self.rootFile = rootFile
    }

    /// The IR name of the schema at `target`, registering (and queueing) it on first sight.
    func name(for target: RefTarget) -> String {
        // By pointer first (a YAML alias gives two components one node), then by node (two
        // pointers may reach one node through a `$ref`'d map).
        if let name = nameByKey[target.key] { return name }
        let nodeKey = target.nodeKey
        if let name = nameByKey[nodeKey] { return name }
        let name = uniqueName(preferred: preferredName(for: target))
        nameByKey[target.key] = name
        nameByKey[nodeKey] = name
        pending.append((name, target.node))
        return name
    }

    /// The name `target` already has, without naming it: what a worker of `ParallelLowering`
    /// may ask, as it only reads the registry.
    func knownName(for target: RefTarget) -> String? {
        nameByKey[target.key] ?? nameByKey[target.nodeKey]
    }

    /// Registers a root component up front so it keeps its exact name.
    func registerComponent(_ name: String, node: YAMLNode) {
        let key = "\(rootFile)#\(JSONPointer(tokens: ["components", "schemas", name]))"
        guard nameByKey[key] == nil else { return }
        usedNames.insert(name)
        nameByKey[key] = name
        let nodeKey = RefTarget.nodeKey(node)
        if nameByKey[nodeKey] == nil { nameByKey[nodeKey] = name }
        pending.append((name, node))
    }

    /// Drops the first `count` queued schemas, which `ParallelLowering` has lowered.
    func removeFirstPending(_ count: Int) {
        pending.removeFirst(count)
    }

    /// Removes and returns the queued schemas; lowering them may queue more.
    func takePending() -> [(name: String, node: YAMLNode)] {
        defer { pending.removeAll() }
        return pending
    }

    private func preferredName(for target: RefTarget) -> String {
        if let last = target.pointer.tokens.last, !last.isEmpty { return last }
        let file = target.file.split(separator: "/").last.map(String.init) ?? target.file
        return file.split(separator: ".").first.map(String.init) ?? file
    }

    private func uniqueName(preferred: String) -> String {
        var candidate = preferred
        var suffix = 2
        while usedNames.contains(candidate) {
            candidate = "\(preferred)\(suffix)"
            suffix += 1
        }
        usedNames.insert(candidate)
        return candidate
    }
}
