/// A file or folder of the output that could not be made, moved or removed: what was tried, on
/// which path, and the system's reason ("cannot create out/pets/docs: Not a directory").
public struct WriteFailure: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
