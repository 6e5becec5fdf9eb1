import SpeccDiagnostics

/// Rules applied to a mapping when it closes: scalar keys, no duplicate keys, YAML merge keys (`<<`).
struct MappingChecks {
    let records: [NodeRecord]
    let children: [Int32]
    let text: [UInt8]
    let file: String

    /// Checks the pairs of a closing mapping (key, value, key, value, …). Returns the pairs to store
    /// when merge keys (`<<`) rewrote them, nil when `items` stand as they are. Each merge key is
    /// replaced, where it stands, by the pairs of the mapping(s) it names; explicit keys win over
    /// merged ones and earlier merged mappings over later ones, as the YAML merge-key spec says.
    func normalise(_ items: ArraySlice<Int32>) -> Result<[Int32]?, Diagnostic> {
        var hasMerge = false
        for keyIndex in stride(from: items.startIndex, to: items.endIndex, by: 2) {
            let key = items[keyIndex]
            guard records[Int(key)].kind == .scalar else {
                return .failure(.error("yaml-complex-key", "mapping keys must be scalars", at: location(key)))
            }
            hasMerge = hasMerge || isMergeKey(key)
        }
        if let (duplicate, first) = firstDuplicate(in: items) {
            return .failure(.error(
                "yaml-duplicate-key", "duplicate key '\(String(decoding: keyText(duplicate), as: UTF8.self))'",
                at: location(duplicate), notes: [.init("first defined here", at: location(first))]))
        }
        guard hasMerge else { return .success(nil) }
        return expandMerges(items).map { Optional($0) }
    }

    private func expandMerges(_ items: ArraySlice<Int32>) -> Result<[Int32], Diagnostic> {
        var taken = Set<ArraySlice<UInt8>>()
        for keyIndex in stride(from: items.startIndex, to: items.endIndex, by: 2) where !isMergeKey(items[keyIndex]) {
            taken.insert(keyText(items[keyIndex]))
        }
        var result: [Int32] = []
        for keyIndex in stride(from: items.startIndex, to: items.endIndex, by: 2) {
            let key = items[keyIndex], value = items[keyIndex + 1]
            guard isMergeKey(key) else {
                result.append(key)
                result.append(value)
                continue
            }
            let sources: [Int32]
            switch records[Int(value)].kind {
            case .mapping: sources = [value]
            case .sequence: sources = storedChildren(of: value)
            case .scalar:
                return .failure(.error("yaml-merge-value", "the value of a merge key '<<' must be a mapping or a list of mappings", at: location(value)))
            }
            for source in sources {
                guard records[Int(source)].kind == .mapping else {
                    return .failure(.error("yaml-merge-value", "a merge key '<<' can only merge mappings", at: location(source)))
                }
                let pairs = storedChildren(of: source)
                for pairIndex in stride(from: 0, to: pairs.count, by: 2) where taken.insert(keyText(pairs[pairIndex])).inserted {
                    result.append(pairs[pairIndex])
                    result.append(pairs[pairIndex + 1])
                }
            }
        }
        return .success(result)
    }

    /// The first explicit key whose text repeats an earlier one, with that earlier key.
    /// Small mappings (most of them) are checked pairwise, without allocating.
    private func firstDuplicate(in items: ArraySlice<Int32>) -> (Int32, Int32)? {
        let base = items.startIndex
        let pairCount = items.count / 2
        if pairCount <= 12 {
            for i in 1..<max(pairCount, 1) where !isMergeKey(items[base + 2 * i]) {
                for j in 0..<i where keyText(items[base + 2 * j]) == keyText(items[base + 2 * i]) {
                    return (items[base + 2 * i], items[base + 2 * j])
                }
            }
            return nil
        }
        var seen: [ArraySlice<UInt8>: Int32] = [:]
        seen.reserveCapacity(pairCount)
        for keyIndex in stride(from: base, to: items.endIndex, by: 2) where !isMergeKey(items[keyIndex]) {
            let key = items[keyIndex]
            if let first = seen.updateValue(key, forKey: keyText(key)) { return (key, first) }
        }
        return nil
    }

    private func storedChildren(of index: Int32) -> [Int32] {
        let record = records[Int(index)]
        let width = record.kind == .mapping ? 2 : 1
        return Array(children[Int(record.start)..<Int(record.start) + width * Int(record.count)])
    }

    private func location(_ index: Int32) -> SourceLocation {
        SourceLocation(file: file, line: Int(records[Int(index)].line), column: Int(records[Int(index)].column))
    }

    private func keyText(_ index: Int32) -> ArraySlice<UInt8> {
        let record = records[Int(index)]
        return text[Int(record.start)..<Int(record.start + record.count)]
    }

    private func isMergeKey(_ index: Int32) -> Bool {
        let record = records[Int(index)]
        return record.kind == .scalar && record.count == 2 && record.style == .plain && record.tag == .none
            && text[Int(record.start)] == UInt8(ascii: "<") && text[Int(record.start) + 1] == UInt8(ascii: "<")
    }
}
