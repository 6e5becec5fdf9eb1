import SpeccDiagnostics
import SpeccIR
import SpeccYAML

/// A large document's paths and component schemas lowered on every core, with exactly the result
/// of lowering them in reading order: the same IR, the same diagnostics in the same order.
///
/// That holds because a worker only reads what is settled before it starts (the components'
/// names, the files already loaded) and stops at anything else (see `OrderDependence`), the
/// caller then lowering in order as before. Each piece of work keeps its own diagnostics and
/// records, which the caller takes in reading order: the paths' where lowering in order meets the
/// paths, the schemas' where it drains the schema queue.
struct ParallelLowering {
    /// What one piece recorded, for the caller to take into its context.
    struct Records: Sendable {
        let diagnostics: [Diagnostic]
        let requiredEntries: [SourceLocation: [RequiredPropertiesCheck.Entry]]

        /// As if `context` had lowered the piece itself (a schema lowered twice keeps its later
        /// `required` record).
        func take(into context: LoweringContext) {
            context.sink.append(contentsOf: diagnostics)
            context.requiredEntries.merge(requiredEntries) { _, later in later }
        }
    }

    var operations: [SpeccIR.Operation] = []
    /// Each path piece's, in reading order.
    var pathRecords: [Records] = []
    /// The schemas that were queued when the run began, lowered; they leave the queue.
    var schemas: [(name: String, schema: Schema)] = []
    /// Each schema piece's, in queue order.
    var schemaRecords: [Records] = []

    /// The paths and the queued schemas, lowered on `threads` threads; nil when that is not worth
    /// it (one thread, fewer than `threshold` entries) or would not give what lowering in order
    /// gives, leaving `context` as it was.
    static func lower(_ context: LoweringContext, paths: YAMLNode?, threads: Int, threshold: Int) -> ParallelLowering? {
        guard threads > 1 else { return nil }
        let entries = paths.map { context.entries($0, skippingExtensions: true) } ?? []
        let queued = context.schemas.pending
        guard entries.count + queued.count >= max(threshold, 1) else { return nil }
        // Indexed once here, not once per worker.
        for node in [paths, queued.first?.node].compactMap({ $0 }) { _ = context.resolver.identifiers(of: node.document) }
        let pieces = Piece.split(entries.count, threads: threads, as: Piece.paths) + Piece.split(queued.count, threads: threads, as: Piece.schemas)
        let shared = Shared(context: context, entries: entries, queued: queued, orderDependence: OrderDependence())
        // A worker per thread, not per piece: the refs it has followed stay found.
        let outputs = ConcurrentMap.map(pieces.count, threads: threads, state: shared.worker) { shared.lower(pieces[$1], with: $0) }
        guard !shared.orderDependence.isRaised else { return nil }
        context.schemas.removeFirstPending(queued.count)
        var result = ParallelLowering()
        for (piece, output) in zip(pieces, outputs) {
            switch piece {
            case .paths:
                result.operations += output.operations
                result.pathRecords.append(output.records)
            case .schemas:
                result.schemas += output.schemas
                result.schemaRecords.append(output.records)
            }
        }
        return result
    }

    /// A run of path entries or of queued schemas, by index.
    private enum Piece: Sendable {
        case paths(Range<Int>)
        case schemas(Range<Int>)

        /// About eight pieces per thread, so that a slow one does not leave the others idle.
        static func split(_ count: Int, threads: Int, as piece: (Range<Int>) -> Piece) -> [Piece] {
            let size = max(1, count / (8 * threads))
            return stride(from: 0, to: count, by: size).map { piece($0..<min($0 + size, count)) }
        }
    }

    private struct Output: Sendable {
        let operations: [SpeccIR.Operation]
        let schemas: [(name: String, schema: Schema)]
        let records: Records
    }

    /// What every worker reads. The context, its registry and its files are not written while the
    /// workers run: the caller waits for them, and a worker's own context adds to none of them.
    private struct Shared: @unchecked Sendable {
        let context: LoweringContext
        let entries: [(name: String, key: YAMLNode, value: YAMLNode)]
        let queued: [(name: String, node: YAMLNode)]
        let orderDependence: OrderDependence

        func worker() -> LoweringContext {
            LoweringContext(workerOf: context, orderDependence: orderDependence)
        }

        func lower(_ piece: Piece, with worker: LoweringContext) -> Output {
            var operations: [SpeccIR.Operation] = []
            var schemas: [(name: String, schema: Schema)] = []
            switch piece {
            case .paths(let range):
                for entry in entries[range] where !orderDependence.isRaised {
                    operations += worker.lowerPathEntry(entry.name, key: entry.key, value: entry.value)
                }
            case .schemas(let range):
                for (name, node) in queued[range] where !orderDependence.isRaised {
                    schemas.append((name, worker.lowerNamedSchema(node, name: name)))
                }
            }
            return Output(operations: operations, schemas: schemas, records: worker.takeRecords())
        }
    }
}
