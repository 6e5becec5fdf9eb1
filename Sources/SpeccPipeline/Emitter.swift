/// The outputs `specc generate` can produce; each owns one folder under `Generated/<spec>/`.
public enum Emitter: String, CaseIterable, Sendable {
    case docs
    case schemas
    case client

    /// The folder this emitter owns inside a spec's output folder: stale files in it are removed.
    public var folder: String { rawValue }
}
