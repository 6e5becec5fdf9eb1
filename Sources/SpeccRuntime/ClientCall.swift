import Foundation
import HTTPTypes
import OpenAPIRuntime

/// One call of a generated client method: what it sent and received so far, so that a failure
/// anywhere in the call (building the request, the transport, a middleware, decoding) is thrown
/// as OpenAPIRuntime's `ClientError` naming the operation, the request and the response.
@_spi(Generated) public final class ClientCall: @unchecked Sendable {
    // One call runs in one task; the fields are written before each is read.
    private let core: ClientCore
    let operationID: String
    private(set) var request: HTTPRequest?
    private(set) var requestBody: HTTPBody?
    private(set) var response: HTTPResponse?
    private(set) var responseBody: HTTPBody?
    private(set) var baseURL: URL?

    init(core: ClientCore, operationID: String) {
        self.core = core
        self.operationID = operationID
    }

    /// Sends through the client's middlewares and transport, recording both ends. `baseURL`
    /// replaces the client's server for an operation with servers of its own.
    public func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL? = nil) async throws -> ClientCore.Response {
        self.request = request
        requestBody = body
        self.baseURL = baseURL ?? core.serverURL
        let (response, responseBody) = try await core.exchange(request, body: body, baseURL: baseURL ?? core.serverURL, operationID: operationID)
        self.response = response
        self.responseBody = responseBody
        return ClientCore.Response(status: response.status.code, headerFields: response.headerFields, body: responseBody, maxBytes: core.maxResponseBytes)
    }

    /// A streamed body's items, whose failures once the method has returned (a malformed event,
    /// a dropped connection) are thrown as this call's `ClientError`s too, naming the operation,
    /// the request and the response.
    public func stream<Element: Sendable>(_ items: ItemStream<Element>) -> ItemStream<Element> {
        let (operationID, request, requestBody, response, responseBody) = (operationID, request, requestBody, response, responseBody)
        let baseURL = baseURL ?? core.serverURL
        return ItemStream(ErrorMappedItems(base: items) { error in
            if let error = error as? ClientError { return error }
            return ClientError(operationID: operationID, operationInput: (), request: request, requestBody: requestBody, baseURL: baseURL,
                               response: response, responseBody: responseBody, causeDescription: "Reading the streamed response failed.", underlyingError: error)
        })
    }

    /// What failed, in the words `ClientError` prints.
    var cause: String {
        if request == nil { return "Building the request failed." }
        if response == nil { return "Sending the request failed (transport or middleware)." }
        return "Reading the response failed."
    }
}

extension ClientCore {
    /// Runs one generated client method; any error it throws becomes a `ClientError`.
    public func call<T>(_ operationID: String, _ perform: (ClientCall) async throws -> T) async throws -> T {
        let call = ClientCall(core: self, operationID: operationID)
        do {
            return try await perform(call)
        } catch let error as ClientError {
            throw error
        } catch {
            throw ClientError(operationID: operationID, operationInput: (), request: call.request, requestBody: call.requestBody, baseURL: serverURL,
                              response: call.response, responseBody: call.responseBody, causeDescription: call.cause, underlyingError: error)
        }
    }
}
