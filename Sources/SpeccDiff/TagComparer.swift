import SpeccIR

/// Tags are documentation, so the one change worth a note is where a kept tag sits in 3.2's tree.
struct TagComparer {
    let old: API
    let new: API
    let recorder: DiffRecorder

    func compare() {
        let before = Dictionary(old.tags.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for tag in new.tags {
            guard let previous = before[tag.name], previous.parent != tag.parent else { continue }
            func place(_ parent: String?) -> String { parent.map { "under '\($0)'" } ?? "at the top" }
            recorder.report("tag-parent-changed", operation: nil, field: "tags",
                            "The tag '\(tag.name)' moved from \(place(previous.parent)) to \(place(tag.parent)).", old: previous.location, new: tag.location)
        }
    }
}
