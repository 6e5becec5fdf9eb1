/// The outputs `specc generate` can produce under `Generated/<spec>/`.
public enum Emitter: String, CaseIterable, Sendable {
    case docs
    case schemas
    case client
    case server

    /// The folders this emitter owns inside a spec's output folder: stale files in them are
    /// removed. The client and the server share `models/`, the types both are written in.
    public var folders: [String] {
        switch self {
        case .docs, .schemas: [rawValue]
        case .client, .server: ["models", rawValue]
        }
    }
}
