import SpeccIR
import SpeccTemplating

/// The media types a response offers a choice of (one status in several media types): an enum
/// of them (`SpeakAccept.mpeg`, `.eventStream`) that the client's `accept:` argument lists in the
/// caller's order of preference (all of them by default) and the server's handler receives as
/// the request's `Accept` allows them, best first, to choose its representation by. Media types
/// of other responses (an error's `application/problem+json`) are not a choice: the client's
/// `Accept` always allows them.
struct AcceptChoice {
    struct Case {
        let name: String
        let mediaType: String
    }

    /// The parameter's label in the client's method and the protocol's requirement.
    static let label = "accept"

    let typeName: String
    let cases: [Case]
    /// The media types of the operation's other responses, which every request accepts (also
    /// one that is a choice too: `application/json` for a 404 when the caller asked for CSV).
    let alwaysAccepted: [String]

    /// Nil when no response comes in more than one media type: there is nothing to choose.
    init?(_ operation: Operation, typeName claim: () -> String) {
        var seen = Set<String>()
        let choice = operation.responses.filter { $0.content.count > 1 }.flatMap(\.content).map(\.contentType).filter { seen.insert($0).inserted }
        guard !choice.isEmpty else { return nil }
        typeName = claim()
        var names = NameScope()
        cases = choice.map { Case(name: names.claim(SwiftNames.memberName(Representations.caseStem($0))), mediaType: $0) }
        var others = Set<String>()
        alwaysAccepted = operation.responses.filter { $0.content.count <= 1 }.flatMap(\.content).map(\.contentType).filter { others.insert($0).inserted }
    }

    /// The client's `Accept` expression.
    var clientExpression: String {
        let others = alwaysAccepted.isEmpty ? "" : ", also: [" + alwaysAccepted.map(SwiftLiteral.string).joined(separator: ", ") + "]"
        return "ClientCore.accept(\(Self.label)\(others))"
    }

    var model: RepresentationModel {
        RepresentationModel(
            name: typeName, inheritance: "String, CaseIterable, Hashable, Sendable",
            cases: cases.map { "case \($0.name) = \(SwiftLiteral.string($0.mediaType))" },
            doc: DocComment.block(["The media types a caller of one operation may ask for, best first, in its `accept` argument: " + cases.map { "`\($0.mediaType)`" }.joined(separator: ", ") + "."]),
            members: [])
    }
}
