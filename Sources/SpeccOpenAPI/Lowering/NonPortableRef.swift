import SpeccDiagnostics
import SpeccYAML

/// `$ref` where the OpenAPI specification allows no Reference Object: an operation, a tag, a media
/// type, a whole `content` or `components` map, a `description` kept in a Markdown file. Specs
/// split into many files are written this way (DigitalOcean's has 659 such operations) and the
/// bundlers that join them accept it, so specc resolves it like any other reference, checks the
/// target as the object expected there, and warns once per `$ref` that other tools may not read it
/// (an error under `--strict`).
enum NonPortableRef {
    static let code = "ref-not-portable"
}

extension LoweringContext {
    /// `node`, or the object its `$ref` names when OpenAPI gives `what` no Reference Object.
    /// Nil, with a diagnostic, when the ref does not resolve or lands on something that is not a
    /// mapping.
    func object(_ node: YAMLNode, _ what: String) -> YAMLNode? {
        guard let refNode = RefResolver.reference(in: node) else {
            return expectMapping(node, what) ? node : nil
        }
        warnNotPortable(refNode, node, what)
        guard inlineDepth < Self.maxInlineDepth else {
            sink.error("ref-too-deep", "\(what) references nest more than \(Self.maxInlineDepth) levels deep", at: node.location)
            return nil
        }
        guard let target = resolved(node) else { return nil }
        guard target.isMapping else {
            sink.error("type-mismatch", "\(what) must be a mapping, but '\(refNode.scalar ?? "")' points to \(target.kindName)", at: refNode.location)
            return nil
        }
        return target
    }

    /// The text of a string field written as a `$ref`: a YAML string it points to, or the whole
    /// text of a file that is not YAML or JSON (a Markdown description).
    func referencedText(_ node: YAMLNode, _ what: String) -> String? {
        guard let refNode = RefResolver.reference(in: node) else { return nil }
        warnNotPortable(refNode, node, what)
        guard let ref = refNode.scalar, refNode.isScalar else {
            sink.error("ref-invalid", "'$ref' must be a string", at: refNode.location)
            return nil
        }
        let (filePart, fragment) = RefResolver.split(ref)
        if !filePart.isEmpty, fragment.isEmpty, !SpecFiles.isStructured(filePart) {
            return resolver.text(ofFile: filePart, writtenAt: refNode, sink: &sink)
        }
        guard let target = resolved(node) else { return nil }
        guard target.isScalar, let text = target.scalar, !target.resolvesToNull || target.style != .plain else {
            sink.error("type-mismatch", "\(what) must be a string, but '\(ref)' points to \(target.kindName)", at: refNode.location)
            return nil
        }
        return text
    }

    private func warnNotPortable(_ refNode: YAMLNode, _ node: YAMLNode, _ what: String) {
        sink.warning(NonPortableRef.code, "\(what) is given as a '$ref', which OpenAPI does not allow here; specc follows it, other tools may not",
                     at: refNode.location)
        for (key, _) in node.pairs where !key.scalarEquals("$ref") && !key.scalarHasPrefix("x-") {
            sink.warning("ref-sibling-ignored", "'\(key.scalar ?? "")' beside a '$ref' is ignored: the object comes from the reference",
                         at: key.location)
        }
    }
}
