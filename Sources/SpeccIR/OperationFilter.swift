/// Which operations to generate code for: those named by operationId, tagged with one of `tags`,
/// or at one of `paths` (as written, `/v1/models/{model}`); an operation any one list names is
/// kept. What users of very large specs want: the part of OpenAI or Stripe their app calls.
public struct OperationFilter: Hashable, Sendable {
    public var operationIds: Set<String>
    public var tags: Set<String>
    public var paths: Set<String>

    public init(operationIds: Set<String> = [], tags: Set<String> = [], paths: Set<String> = []) {
        self.operationIds = operationIds
        self.tags = tags
        self.paths = paths
    }

    public func keeps(_ operation: Operation) -> Bool {
        operation.operationId.map(operationIds.contains) == true || operation.tags.contains(where: tags.contains) || paths.contains(operation.path)
    }
}

extension API {
    /// The API with only the operations and webhooks `filter` keeps, and only the named schemas
    /// those reach (their callbacks' too): what code generated for them needs, and nothing else.
    public func filtered(by filter: OperationFilter) -> API {
        var kept = self
        kept.operations = operations.filter(filter.keeps)
        kept.webhooks = webhooks.filter(filter.keeps)
        let roots = kept.exchanges.flatMap { $0.operation.requestSchemaRoots + $0.operation.responseSchemaRoots }
        let reached = Set(namedSchemas(reachableFrom: roots))
        kept.schemas = schemas.filter { reached.contains($0.key) }
        let usedTags = Set(kept.operations.flatMap(\.tags) + kept.webhooks.flatMap(\.tags))
        kept.tags = tags.filter { usedTags.contains($0.name) }
        return kept
    }
}
