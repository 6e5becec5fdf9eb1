import SpeccIR

/// Builds the API protocol's view model: one requirement and one response enum per operation,
/// the protocols of the requests the API sends (webhooks, callbacks), and the representation
/// enums of bodies that come in several media types.
struct APIProtocolBuilder {
    let api: API
    let shapes: [OperationShape]
    let receivers: Receivers
    let models: ModelCollector

    func file(header: String, access: String = "public") -> OperationsFile {
        OperationsFile(header: header, access: access, apiTitle: api.info.title, operations: shapes.map(Self.requirement),
                       receivers: receivers.protocols,
                       representations: (shapes + receivers.representations).flatMap { shape in
            ([shape.body?.representations].compactMap { $0 } + shape.responses.representations).map(\.model)
                + [shape.accept?.model].compactMap { $0 }
        } + models.multipartShapes.map { $0.model(access: access) })
    }

    static func requirement(_ shape: OperationShape) -> APIOperationModel {
        APIOperationModel(doc: DocComment.block(ClientBuilder.doc(shape), indent: "    "), name: shape.name,
                          parameters: shape.requirementParameters, responseType: shape.responseType,
                          responseCases: shape.responses.cases)
    }
}
