import SpeccIR

/// Builds the view model of `models/APIProtocol.swift`: the protocol's requirements and the
/// response enums, which the client and the server share.
struct APIProtocolBuilder {
    let api: API
    let shapes: [OperationShape]
    let models: ModelCollector

    func file(header: String, access: String = "public") -> OperationsFile {
        OperationsFile(header: header, access: access, apiTitle: api.info.title, operations: shapes.map { shape in
            APIOperationModel(doc: DocComment.block(ClientBuilder.doc(shape), indent: "    "), name: shape.name,
                              parameters: shape.requirementParameters, responseType: shape.responseType,
                              responseCases: shape.responses.cases)
        }, representations: shapes.flatMap { shape in
            ([shape.body?.representations].compactMap { $0 } + shape.responses.representations).map(\.model)
                + [shape.accept?.model].compactMap { $0 }
        } + models.multipartShapes.map { $0.model(access: access) })
    }
}
