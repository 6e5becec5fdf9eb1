/// Finds the struct properties that would make a value type contain itself (`struct Node { let
/// parent: Node? }` does not compile), so only those are boxed.
enum CycleFinder {
    /// `structs`: each struct with its properties and the struct each holds directly (if any).
    /// Returns `"Struct.property"` for every property whose edge lies on a cycle.
    static func boxedEdges(structs: [(name: String, properties: [(name: String, target: String?)])]) -> Set<String> {
        let edges = Dictionary(structs.map { ($0.name, $0.properties.compactMap(\.target)) }, uniquingKeysWith: { first, _ in first })
        let component = stronglyConnectedComponents(nodes: structs.map(\.name), edges: edges)
        var boxed = Set<String>()
        for item in structs {
            for property in item.properties {
                guard let target = property.target, let from = component[item.name], component[target] == from else { continue }
                // Within one component every edge can close a cycle; a self-edge always does.
                boxed.insert("\(item.name).\(property.name)")
            }
        }
        return boxed
    }

    /// Tarjan's algorithm, iterative so deep graphs cannot overflow the stack. Node → component id;
    /// single nodes without a self-edge get no id.
    private static func stronglyConnectedComponents(nodes: [String], edges: [String: [String]]) -> [String: Int] {
        var index = 0, componentCount = 0
        var indices: [String: Int] = [:], lowLinks: [String: Int] = [:]
        var onStack = Set<String>(), stack: [String] = []
        var result: [String: Int] = [:]
        for root in nodes where indices[root] == nil {
            var work: [(node: String, next: Int)] = [(root, 0)]
            indices[root] = index; lowLinks[root] = index; index += 1
            stack.append(root); onStack.insert(root)
            while var frame = work.popLast() {
                let successors = edges[frame.node] ?? []
                if frame.next < successors.count {
                    let successor = successors[frame.next]
                    frame.next += 1
                    work.append(frame)
                    if indices[successor] == nil {
                        indices[successor] = index; lowLinks[successor] = index; index += 1
                        stack.append(successor); onStack.insert(successor)
                        work.append((successor, 0))
                    } else if onStack.contains(successor) {
                        lowLinks[frame.node] = min(lowLinks[frame.node]!, indices[successor]!)
                    }
                    continue
                }
                if let parent = work.last {
                    lowLinks[parent.node] = min(lowLinks[parent.node]!, lowLinks[frame.node]!)
                }
                guard lowLinks[frame.node] == indices[frame.node] else { continue }
                var members: [String] = []
                while let member = stack.popLast() {
                    onStack.remove(member)
                    members.append(member)
                    if member == frame.node { break }
                }
                let selfLoop = members.count == 1 && (edges[members[0]] ?? []).contains(members[0])
                if members.count > 1 || selfLoop {
                    for member in members { result[member] = componentCount }
                    componentCount += 1
                }
            }
        }
        return result
    }
}
