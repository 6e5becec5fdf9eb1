// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "specc",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "specc", targets: ["specc"]),
        .library(name: "SpeccRuntime", targets: ["SpeccRuntime"]),
        .library(name: "SpeccPipeline", targets: ["SpeccPipeline"]),
        .plugin(name: "SpeccBuildPlugin", targets: ["SpeccBuildPlugin"]),
        .plugin(name: "SpeccCommandPlugin", targets: ["SpeccCommandPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        // Only the example server and the server tests use these; SwiftPM does not fetch them for a
        // package that depends on specc's products.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The content-kinds tests stream over AsyncHTTPClient: URLSession buffers whole bodies on Linux.
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSpeccYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // mallopt, which the Glibc module does not export; header-only.
        .systemLibrary(name: "CSpeccMalloc"),
        .target(name: "SpeccDiagnostics"),
        .target(name: "SpeccSystem"),
        .target(name: "SpeccYAML", dependencies: ["CSpeccYAML", "SpeccDiagnostics", "SpeccSystem"]),
        .target(name: "SpeccIR", dependencies: ["SpeccDiagnostics", "SpeccSystem"]),
        .target(name: "SpeccOpenAPI", dependencies: ["SpeccYAML", "SpeccIR", "SpeccDiagnostics", "SpeccSystem"]),
        .target(
            name: "SpeccTemplating",
            dependencies: ["SpeccDiagnostics", "SpeccSystem"]
        ),
        .target(name: "SpeccMarkdown", dependencies: ["SpeccIR", "SpeccTemplating"]),
        .target(name: "SpeccJSONSchema", dependencies: ["SpeccIR"]),
        .target(name: "SpeccDiff", dependencies: ["SpeccIR", "SpeccDiagnostics"]),
        .target(name: "SpeccSwift", dependencies: ["SpeccIR", "SpeccDiagnostics", "SpeccTemplating", "SpeccJSONSchema", "SpeccSystem"]),
        .target(
            name: "SpeccRuntime",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .target(
            name: "SpeccPipeline",
            dependencies: ["SpeccOpenAPI", "SpeccIR", "SpeccYAML", "SpeccDiagnostics", "SpeccTemplating", "SpeccMarkdown", "SpeccJSONSchema", "SpeccSwift", "SpeccDiff", "SpeccSystem", "CSpeccMalloc"]
        ),
        .executableTarget(
            name: "specc",
            dependencies: [
                "SpeccPipeline",
                "SpeccOpenAPI",
                "SpeccJSONSchema",
                "SpeccTemplating",
                "SpeccDiff",
                "SpeccDiagnostics",
                "SpeccSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .plugin(
            name: "SpeccBuildPlugin",
            capability: .buildTool(),
            dependencies: ["specc"]
        ),
        .plugin(
            name: "SpeccCommandPlugin",
            capability: .command(
                intent: .custom(verb: "specc-generate", description: "Write Swift generated from each target's openapi.yaml into the target's GeneratedSources folder."),
                permissions: [.writeToPackageDirectory(reason: "specc writes the generated Swift into each target's GeneratedSources folder.")]
            ),
            dependencies: ["specc"]
        ),
        .executableTarget(
            name: "SpeccBenchmarks",
            dependencies: ["SpeccPipeline", "SpeccIR", "SpeccYAML", "SpeccOpenAPI", "SpeccMarkdown", "SpeccJSONSchema", "SpeccSwift", "SpeccDiff", "CSpeccYAML"],
            path: "Benchmarks/SpeccBenchmarks"
        ),
        .executableTarget(
            name: "SpeccBodyBenchmarks",
            dependencies: ["SpeccRuntime", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"), .product(name: "HTTPTypes", package: "swift-http-types")],
            path: "Benchmarks/BodyThroughput"
        ),
        .testTarget(
            name: "SpeccYAMLTests",
            dependencies: ["SpeccYAML"]
        ),
        .testTarget(
            name: "SpeccOpenAPITests",
            dependencies: ["SpeccPipeline", "SpeccOpenAPI", "SpeccIR"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SpeccEmitterTests",
            dependencies: ["SpeccPipeline", "SpeccMarkdown", "SpeccTemplating", "SpeccJSONSchema", "SpeccSwift", "SpeccIR"]
        ),
        .testTarget(
            name: "SpeccRuntimeTests",
            dependencies: [
                "SpeccRuntime",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SpeccDiffTests",
            dependencies: ["SpeccDiff", "SpeccPipeline", "SpeccIR"],
            resources: [.copy("Upgrades")]
        ),
        .testTarget(
            name: "SpeccCLITests",
            dependencies: ["specc"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The generated Swift in Generated/ (models, client and server of each spec, one module per spec)
// compiles as targets of this package, so every golden is checked by the compiler (Swift 6 language
// mode) and the tests can call it.
let goldenSpecs = ["content-kinds", "edge-cases", "events-feed", "losant-events", "notification-events", "order-hooks", "schema-rules", "secoda-events", "strigo-events", "swift-names", "utilityapi-events"]
let goldenModules = goldenSpecs.map { spec in
    "SpeccGolden" + spec.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
}
for (spec, module) in zip(goldenSpecs, goldenModules) {
    package.targets.append(.target(
        name: module,
        dependencies: ["SpeccRuntime", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
        path: "Generated/\(spec)",
        exclude: ["docs", "schemas"]
    ))
}
// The generated clients against a real HTTP server on 127.0.0.1, through URLSessionTransport.
package.targets.append(.testTarget(
    name: "SpeccClientTests",
    dependencies: goldenModules.map { .target(name: $0) } + [
        "SpeccRuntime",
        .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
    ]
))
// The example: the Strigo events API in memory, served by Hummingbird (`swift run strigo-events-server`).
package.targets += [
    .target(
        name: "StrigoEventsStore",
        dependencies: ["SpeccGoldenStrigoEvents"],
        path: "Examples/StrigoEventsServer/Store"
    ),
    .executableTarget(
        name: "strigo-events-server",
        dependencies: [
            "StrigoEventsStore",
            "SpeccGoldenStrigoEvents",
            "SpeccRuntime",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
        ],
        path: "Examples/StrigoEventsServer/Server"
    ),
    // The edge-cases API echoing its inputs, for schemathesis (`swift run edge-cases-server`).
    .executableTarget(
        name: "edge-cases-server",
        dependencies: [
            "SpeccGoldenEdgeCases",
            "SpeccRuntime",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
        ],
        path: "Examples/EdgeCasesServer"
    ),
]
// The generated servers on Hummingbird on 127.0.0.1, called by the generated clients over
// URLSessionTransport, and by raw requests for the validation table.
package.targets.append(.testTarget(
    name: "SpeccServerTests",
    dependencies: goldenModules.map { .target(name: $0) } + [
        "SpeccRuntime",
        "StrigoEventsStore",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
        .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
        .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Logging", package: "swift-log"),
    ]
))
