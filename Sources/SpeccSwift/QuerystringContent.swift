import SpeccIR

/// How generated code carries a 3.2 `querystring` parameter, by its media type: a form's fields,
/// JSON, or text (the runtime's `QueryStringValue.Content`).
enum QuerystringContent: String {
    case form, json, text

    /// The media kinds carried as what they are; any other is read as a form (with a warning).
    static let carriedKinds: Set<MediaKind> = [.form, .json, .text]

    init(_ media: MediaType?) {
        switch media?.kind {
        case .json?: self = .json
        case .text?: self = .text
        default: self = .form
        }
    }
}
