/// One file an emitter produces, addressed relative to the output root (`strigo-events/docs/index.md`).
public struct OutputFile: Hashable, Sendable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
