import SpeccIR

/// Which named schemas one version's requests and responses reach: a schema is compared on the
/// sides of the wire it is used on.
struct ReachedSchemas: Sendable {
    let request: Set<String>
    let response: Set<String>

    init(_ api: API) {
        var requestRoots: [SchemaRef] = [], responseRoots: [SchemaRef] = []
        for exchange in api.exchanges {
            requestRoots += exchange.receivedByAPI
            responseRoots += exchange.sentByAPI
        }
        request = Set(api.namedSchemas(reachableFrom: requestRoots))
        response = Set(api.namedSchemas(reachableFrom: responseRoots))
    }

    func uses(_ name: String, _ direction: Direction) -> Bool {
        direction == .request ? request.contains(name) : response.contains(name)
    }
}
