import SpeccIR

/// IR → JSON Schema 2020-12 documents under `<spec>/schemas/`:
/// `components/<Name>.json` for every named schema, and `operations/<operation>.request.json` and
/// `operations/<operation>.response.<status>.json` for every body that has a schema (with
/// `….part.<name>.json` for each part of a multipart one), and the same under `webhooks/` and
/// `callbacks/` for the requests the API sends and their answers. Every file
/// has an `$id` under `baseURI`; every `$ref` is relative and resolves within the emitted set.
/// `SchemaLayout.bundle` puts all of them in one `bundle.json` instead (or, `.both`, beside them).
public enum JSONSchemaEmitter {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"
    /// Identifies the emitted files when no base is configured. `.invalid` is reserved (RFC 2606),
    /// so nothing will ever try to fetch it.
    public static let defaultBaseURI = "https://specc.invalid/"

    /// Where the documents of `api` are identified when no base is given: beside the spec, when
    /// its 3.2 `$self` is an absolute URI (`https://api.example.com/openapi/feed.yaml` gives
    /// `https://api.example.com/openapi/`), so the schemas are named where the spec is published;
    /// otherwise `defaultBaseURI`.
    public static func baseURI(of api: API) -> String {
        guard let selfURI = api.selfURI, let colon = selfURI.firstIndex(of: ":"), selfURI[colon...].hasPrefix("://"),
              let slash = selfURI.lastIndex(of: "/"), selfURI.distance(from: colon, to: slash) > 2 else { return defaultBaseURI }
        return String(selfURI[...slash])
    }

    public static func emit(_ api: API, specName: String, baseURI: String? = nil, layout: SchemaLayout = .files) -> [OutputFile] {
        let schemas = DocumentSet(api, specName: specName, baseURI: baseURI)
        var emitted = layout == .bundle ? [] : ConcurrentMap.map(schemas.documents.count, schemas.file)
        if layout != .files { emitted.append(schemas.bundleFile()) }
        return emitted
    }

    /// The same files, each passed to `sink` as soon as it is made (from any thread, several at
    /// once), so a caller writing them never holds them all: Stripe's run to 11 MB.
    public static func emit(_ api: API, specName: String, baseURI: String? = nil, layout: SchemaLayout = .files,
                            into sink: @escaping @Sendable (OutputFile) -> Void) {
        let schemas = DocumentSet(api, specName: specName, baseURI: baseURI)
        if layout != .bundle { _ = ConcurrentMap.map(schemas.documents.count) { sink(schemas.file($0)) } }
        if layout != .files { sink(schemas.bundleFile()) }
    }

    /// Every document a spec's schemas make, where each goes, and how each is written.
    private struct DocumentSet: Sendable {
        let files: FileNames
        let documents: [PlannedDocument]
        let root: String
        let base: String
        private let inComponents: SchemaConverter
        private let besideComponents: SchemaConverter

        init(_ api: API, specName: String, baseURI: String?) {
            let files = FileNames(api: api)
            self.files = files
            root = "\(specName)/schemas"
            let baseURI = baseURI ?? JSONSchemaEmitter.baseURI(of: api)
            base = (baseURI.hasSuffix("/") ? baseURI : baseURI + "/") + root
            documents = JSONSchemaEmitter.plan(api, files: files)
            inComponents = SchemaConverter(reference: { files.component($0) })
            besideComponents = SchemaConverter(reference: { "../components/" + files.component($0) })
        }

        /// The file of the document at `index`: independent of every other, so built on any core.
        @Sendable func file(_ index: Int) -> OutputFile {
            let planned = documents[index]
            let body = (planned.folder == .components ? inComponents : besideComponents).convert(planned.schema)
            let path = "\(planned.folder.rawValue)/\(planned.file)"
            return JSONSchemaEmitter.document(body, id: "\(base)/\(path)", path: "\(root)/\(path)")
        }

        func bundleFile() -> OutputFile {
            JSONSchemaEmitter.bundle(documents, files: files, id: "\(base)/bundle.json", path: "\(root)/bundle.json")
        }
    }

    /// Every planned document as a `$def` of one, grouped by folder, keyed by file name without
    /// `.json`: names the files already make safe in a URI fragment, so no reference needs escaping.
    private static func bundle(_ documents: [PlannedDocument], files: FileNames, id: String, path: String) -> OutputFile {
        let converter = SchemaConverter(reference: { "#/$defs/components/$defs/" + files.component($0).dropLast(".json".count) })
        let bodies = ConcurrentMap.map(documents.count) { converter.convert(documents[$0].schema) }
        var folders: [Folder: [JSONMember]] = [:]
        for (planned, body) in zip(documents, bodies) {
            folders[planned.folder, default: []].append(JSONMember(String(planned.file.dropLast(".json".count)), body))
        }
        let definitions = Folder.allCases.compactMap { folder in
            folders[folder].map { JSONMember(folder.rawValue, .object([JSONMember("$defs", .object($0))])) }
        }
        var members = [JSONMember("$schema", .string(dialect)), JSONMember("$id", .string(id))]
        if !definitions.isEmpty { members.append(JSONMember("$defs", .object(definitions))) }
        return OutputFile(path: path, bytes: JSONValue.object(members).sortedPrettyBytes + [UInt8(ascii: "\n")])
    }

    /// The folders under a spec's `schemas/`; the references of every one but `components` go
    /// up into `components`.
    private enum Folder: String, CaseIterable {
        case components, operations, webhooks, callbacks
    }

    /// One file to write: the schema it describes and where it goes under the spec's `schemas/`.
    private struct PlannedDocument: Sendable {
        let schema: SchemaRef
        let folder: Folder
        let file: String
    }

    /// Every document, in the order they are listed; names are claimed here, in that order, so
    /// they are the same on every run.
    private static func plan(_ api: API, files: FileNames) -> [PlannedDocument] {
        // A component's document is its schema's body, not a reference to itself.
        var planned = api.schemaNames.map { PlannedDocument(schema: .inline(api.schemas[$0]!), folder: .components, file: files.component($0)) }
        func bodyDocument(_ schema: SchemaRef, folder: Folder, file: String) {
            planned.append(PlannedDocument(schema: schema, folder: folder, file: file))
        }
        // A multipart body's parts each get a document too: the value one part carries (an
        // item's, for a part repeated per item), which is what a receiver checks it against.
        func partDocuments(_ content: [MediaType], folder: Folder, stem: String) {
            // Which parts there are and what each holds does not depend on the direction.
            guard let media = BodySchema.representative(content), let parts = api.multipartParts(of: media, direction: .request) else { return }
            var names = FileNameAllocator()
            for part in parts {
                bodyDocument(part.schema, folder: folder, file: "\(stem).part.\(names.claim(FileNames.safe(part.name))).json")
            }
        }
        func bodyDocuments(_ operation: Operation, folder: Folder, stem: String) {
            if let content = operation.requestBody?.content, let schema = BodySchema.pick(content, api: api) {
                bodyDocument(schema, folder: folder, file: "\(stem).request.json")
                partDocuments(content, folder: folder, stem: "\(stem).request")
            }
            for response in operation.responses {
                guard let schema = BodySchema.pick(response.content, api: api) else { continue }
                bodyDocument(schema, folder: folder, file: "\(stem).response.\(response.status.key).json")
                partDocuments(response.content, folder: folder, stem: "\(stem).response.\(response.status.key)")
            }
        }
        for operation in api.operations {
            bodyDocuments(operation, folder: .operations, stem: files.operation(operation))
        }
        // What the API sends: a webhook's request is what the consumer checks, its responses what
        // the API reads back; the same for each operation's callbacks.
        var webhookNames = FileNameAllocator()
        for webhook in api.webhooks {
            bodyDocuments(webhook, folder: .webhooks, stem: webhookNames.claim(FileNames.safe(webhook.operationId ?? "\(webhook.method.field).\(webhook.path)")))
        }
        var callbackNames = FileNameAllocator()
        for operation in api.operations {
            for callback in operation.callbacks ?? [] {
                for request in callback.operations {
                    let stem = request.operationId ?? "\(files.operation(operation)).\(callback.name).\(request.method.field)"
                    bodyDocuments(request, folder: .callbacks, stem: callbackNames.claim(FileNames.safe(stem)))
                }
            }
        }
        return planned
    }

    /// One self-contained schema: `schema` with every named schema it reaches under `$defs`.
    public static func bundle(_ schema: SchemaRef, api: API) -> String {
        let converter = SchemaConverter(reference: { "#/$defs/\($0)" })
        var members = [JSONMember("$schema", .string(dialect))]
        let reached = api.namedSchemas(reachableFrom: [schema])
        if case .object(let body) = converter.convert(schema) {
            members += body
        } else if case .bool(false) = converter.convert(schema) {
            members.append(JSONMember("not", .object([])))
        }
        if !reached.isEmpty {
            members.append(JSONMember("$defs", .object(reached.map { JSONMember($0, converter.convert(api.schemas[$0]!)) })))
        }
        return JSONValue.object(members).sortedPrettyText + "\n"
    }

    private static func document(_ body: JSONValue, id: String, path: String) -> OutputFile {
        var members = [JSONMember("$schema", .string(dialect)), JSONMember("$id", .string(id))]
        switch body {
        case .object(let bodyMembers): members += bodyMembers
        case .bool(false): members.append(JSONMember("not", .object([])))
        default: break
        }
        return OutputFile(path: path, bytes: JSONValue.object(members).sortedPrettyBytes + [UInt8(ascii: "\n")])
    }
}
