import ArgumentParser
import SpeccOpenAPI
import SpeccYAML

/// Options every command that reads a spec shares.
struct FrontEndOptionGroup: ParsableArguments {
    @Flag(name: .customLong("allow-external-refs"), help: "Allow $ref to files outside the spec's directory (never the network).")
    var allowExternalRefs = false

    @Option(name: .customLong("max-depth"), help: "Deepest YAML nesting accepted.")
    var maxDepth = YAMLLimits.default.maxDepth

    @Option(name: .customLong("max-alias-expansion"), help: "Most nodes YAML aliases may expand to in total.")
    var maxAliasExpansion = YAMLLimits.default.maxAliasExpansion

    @Flag(name: .customLong("strict"), help: "Report as errors what specc reads around: a $ref where OpenAPI allows none, a link to no operation.")
    var strict = false

    var frontEndOptions: FrontEndOptions {
        FrontEndOptions(
            allowsRefsOutsideRoot: allowExternalRefs,
            limits: YAMLLimits(maxDepth: maxDepth, maxAliasExpansion: maxAliasExpansion),
            strict: strict)
    }
}
