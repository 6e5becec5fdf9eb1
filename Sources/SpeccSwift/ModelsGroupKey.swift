/// The file a generated type goes in, among the models.
enum ModelsGroupKey: Hashable {
    /// A named schema's file, with the inline types it needs.
    case schema(String)
    /// `models/operations/<Operation>.swift` in the folder layout: the inline parameter and body
    /// types only that operation uses (of a large API, most: Stripe's 4,000 of 6,000 types).
    case operation(String)
    /// `OperationTypes`: the types no named schema owns and, in the bundle, every operation's.
    case shared

    /// The file's base name before any clash is resolved.
    var name: String {
        switch self {
        case .schema(let name), .operation(let name): name
        case .shared: "OperationTypes"
        }
    }

    /// The folder under `models/` the file goes in.
    var folder: String {
        if case .operation = self { "operations/" } else { "" }
    }

    /// The order files are listed and named in: schemas' and the shared file by name, then the
    /// operations' (a schema's file keeps its name when an operation's stem is the same).
    static func listed(_ a: ModelsGroupKey, _ b: ModelsGroupKey) -> Bool {
        (a.rank, a.name, a == .shared ? 1 : 0) < (b.rank, b.name, b == .shared ? 1 : 0)
    }

    private var rank: Int {
        if case .operation = self { 1 } else { 0 }
    }
}
