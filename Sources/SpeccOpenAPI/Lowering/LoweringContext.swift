import SpeccDiagnostics
import SpeccIR
import SpeccYAML

/// State shared by the lowering passes of one compilation: diagnostics, ref resolution, the
/// schema graph being built, and the component names checks need.
final class LoweringContext {
    var sink = DiagnosticSink()
    let resolver: RefResolver
    let version: OpenAPIVersion
    let schemas: SchemaRegistry
    /// Names under `components/securitySchemes`, for checking security requirements.
    var securitySchemeNames: [String] = []
    /// Security schemes a 3.2 requirement names by URI outside `components/securitySchemes`,
    /// keyed by where they are, lowered once each.
    var referencedSecuritySchemes: [(key: String, scheme: SecurityScheme)] = []
    /// Media Type Objects lowered so far, by node, so a shared one is lowered (and reported) once.
    var loweredMediaTypes: [String: MediaType] = [:]
    /// How deeply non-schema refs are being inlined right now; bounds pathological nesting.
    var inlineDepth = 0
    /// Every `required` list lowered so far, for `RequiredPropertiesCheck`.
    var requiredEntries: [SourceLocation: [RequiredPropertiesCheck.Entry]] = [:]
    /// Set on a worker of `ParallelLowering`; nil when lowering in reading order.
    let orderDependence: OrderDependence?
    static let maxInlineDepth = 64

    init(resolver: RefResolver, version: OpenAPIVersion, rootFile: String) {
        self.resolver = resolver
        self.version = version
        self.schemas = SchemaRegistry(rootFile: rootFile)
        self.orderDependence = nil
    }

    /// A worker of `ParallelLowering`: it reads `parent`'s names and files, adds to neither, and
    /// keeps its own diagnostics and records for the caller to take in reading order.
    init(workerOf parent: LoweringContext, orderDependence: OrderDependence) {
        resolver = RefResolver(workerOf: parent.resolver, orderDependence: orderDependence)
        version = parent.version
        schemas = parent.schemas
        securitySchemeNames = parent.securitySchemeNames
        referencedSecuritySchemes = parent.referencedSecuritySchemes
        loweredMediaTypes = parent.loweredMediaTypes
        self.orderDependence = orderDependence
    }

    /// What this worker has recorded since last asked, which it then forgets: each piece of a
    /// `ParallelLowering` hands its own on.
    func takeRecords() -> ParallelLowering.Records {
        defer {
            sink = DiagnosticSink()
            requiredEntries = [:]
        }
        return ParallelLowering.Records(diagnostics: sink.diagnostics, requiredEntries: requiredEntries)
    }

    /// The IR name of the schema at `target`. A worker asks only for names already given; a new
    /// one stops it (see `OrderDependence`) with a placeholder that is never used.
    func schemaName(for target: RefTarget) -> String {
        guard let orderDependence else { return schemas.name(for: target) }
        if let name = schemas.knownName(for: target) { return name }
        orderDependence.raise()
        return target.key
    }

    // MARK: Reference Objects

    /// `node` with any chain of `$ref`s followed; nil (with a diagnostic) when it cannot be.
    func resolved(_ node: YAMLNode) -> YAMLNode? {
        resolver.resolve(node, sink: &sink)?.node
    }

    /// Runs `body` on the object `node` stands for, refusing absurd nesting of inlined refs.
    func withResolved<T>(_ node: YAMLNode, _ what: String, _ body: (YAMLNode) -> T?) -> T? {
        guard let target = resolved(node) else { return nil }
        guard inlineDepth < Self.maxInlineDepth else {
            sink.error("ref-too-deep", "\(what) references nest more than \(Self.maxInlineDepth) levels deep", at: node.location)
            return nil
        }
        inlineDepth += 1
        defer { inlineDepth -= 1 }
        guard expectMapping(target, what) else { return nil }
        return body(target)
    }

    /// A Reference Object's own `summary` or `description` (3.1 and later), which overrides the
    /// referenced object's: the same shared parameter can read differently where it is used.
    func referenceOverride(_ node: YAMLNode, _ field: String) -> String? {
        guard version >= .v3_1, RefResolver.reference(in: node) != nil, let value = node[field] else { return nil }
        return stringValue(value, "'\(field)' beside '$ref'")
    }

    // MARK: Typed reads

    /// Reports `node` if it is not a mapping. `what` names the field for the message.
    @discardableResult
    func expectMapping(_ node: YAMLNode, _ what: String) -> Bool {
        guard node.isMapping else {
            sink.error("type-mismatch", "\(what) must be a mapping, not \(node.kindName)", at: node.location)
            return false
        }
        return true
    }

    /// A field whose value is an object or a map. A `$ref` there is followed (see `NonPortableRef`)
    /// unless `keysAreData`: in a discriminator's `mapping`, OAuth `scopes` or a link's
    /// `parameters` any string is a key, `$ref` included.
    func mapping(_ object: YAMLNode, _ key: String, in owner: String, keysAreData: Bool = false) -> YAMLNode? {
        guard let value = object[key] else { return nil }
        if keysAreData { return expectMapping(value, "'\(key)' in \(owner)") ? value : nil }
        return self.object(value, "'\(key)' in \(owner)")
    }

    func sequence(_ object: YAMLNode, _ key: String, in owner: String) -> [YAMLNode]? {
        guard let value = object[key] else { return nil }
        guard value.isSequence else {
            sink.error("type-mismatch", "'\(key)' in \(owner) must be a list, not \(value.kindName)", at: value.location)
            return nil
        }
        return value.items
    }

    /// A string field. Any plain scalar is read as its text (so `version: 1.10` stays "1.10");
    /// null and collections are errors.
    func string(_ object: YAMLNode, _ key: String, in owner: String, required: Bool = false) -> String? {
        guard let value = object[key] else {
            if required { missing(key, in: object, owner) }
            return nil
        }
        if RefResolver.reference(in: value) != nil { return referencedText(value, "'\(key)' in \(owner)") }
        return stringValue(value, "'\(key)' in \(owner)")
    }

    func stringValue(_ value: YAMLNode, _ what: String) -> String? {
        guard value.isScalar, !value.resolvesToNull || value.style != .plain else {
            sink.error("type-mismatch", "\(what) must be a string, not \(value.kindName)", at: value.location)
            return nil
        }
        return value.scalar
    }

    func bool(_ object: YAMLNode, _ key: String, in owner: String) -> Bool? {
        guard let value = object[key] else { return nil }
        guard case .bool(let flag) = value.resolved, value.isScalar else {
            let hint = value.isScalar ? " (found '\(value.scalar ?? "")'; YAML 1.2 booleans are true and false)" : ""
            sink.error("type-mismatch", "'\(key)' in \(owner) must be a boolean, not \(value.kindName)\(hint)", at: value.location)
            return nil
        }
        return flag
    }

    func integer(_ object: YAMLNode, _ key: String, in owner: String, minimum: Int = 0) -> Int? {
        guard let value = object[key] else { return nil }
        let number: Int?
        switch value.isScalar ? value.resolved : .null {
        case .integer(let int): number = int
        case .double(let double) where double.rounded() == double && abs(double) < 1e15: number = Int(double)
        default: number = nil
        }
        guard let number, number >= minimum else {
            sink.error("type-mismatch", "'\(key)' in \(owner) must be an integer ≥ \(minimum), not \(value.isScalar ? "'\(value.scalar ?? "")'" : value.kindName)", at: value.location)
            return nil
        }
        return number
    }

    func number(_ object: YAMLNode, _ key: String, in owner: String) -> Double? {
        guard let value = object[key] else { return nil }
        return numberValue(value, "'\(key)' in \(owner)")
    }

    func numberValue(_ value: YAMLNode, _ what: String) -> Double? {
        switch value.isScalar ? value.resolved : .null {
        case .integer(let int): return Double(int)
        case .double(let double) where double.isFinite: return double
        default:
            sink.error("type-mismatch", "\(what) must be a number, not \(value.kindName)", at: value.location)
            return nil
        }
    }

    func stringList(_ object: YAMLNode, _ key: String, in owner: String) -> [String]? {
        guard let items = sequence(object, key, in: owner) else { return nil }
        return items.compactMap { stringValue($0, "each item of '\(key)' in \(owner)") }
    }

    func missing(_ key: String, in object: YAMLNode, _ owner: String) {
        sink.error("missing-field", "\(owner) is missing the required field '\(key)'", at: object.location)
    }

    /// Every `x-` key of an object, as JSON.
    func extensions(of object: YAMLNode) -> Extensions? {
        var result: Extensions = [:]
        for (key, value) in object.pairs where key.scalarHasPrefix("x-") {
            guard let name = key.scalar else { continue }
            result[name] = value.jsonValue
        }
        return result.isEmpty ? nil : result
    }

    /// The entries of a map keyed by name. Objects that allow extensions at that level (Paths,
    /// Responses, Callback) pass `skippingExtensions`; maps of names (properties, schemas) do not,
    /// as `x-foo` is a legal property name there.
    func entries(_ map: YAMLNode, skippingExtensions: Bool = false) -> [(name: String, key: YAMLNode, value: YAMLNode)] {
        map.pairs.compactMap { pair in
            guard let name = pair.key.scalar, !(skippingExtensions && name.hasPrefix("x-")) else { return nil }
            return (name, pair.key, pair.value)
        }
    }
}
