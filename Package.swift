// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "specc",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "specc", targets: ["specc"]),
        .library(name: "SpeccRuntime", targets: ["SpeccRuntime"]),
        .library(name: "SpeccPipeline", targets: ["SpeccPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSpeccYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "SpeccDiagnostics"),
        .target(name: "SpeccYAML", dependencies: ["CSpeccYAML", "SpeccDiagnostics"]),
        .target(name: "SpeccIR", dependencies: ["SpeccDiagnostics"]),
        .target(name: "SpeccOpenAPI", dependencies: ["SpeccYAML", "SpeccIR", "SpeccDiagnostics"]),
        .target(
            name: "SpeccTemplating",
            dependencies: ["SpeccDiagnostics", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "SpeccMarkdown", dependencies: ["SpeccIR", "SpeccTemplating"]),
        .target(name: "SpeccJSONSchema", dependencies: ["SpeccIR"]),
        .target(name: "SpeccSwift", dependencies: ["SpeccIR", "SpeccTemplating"]),
        .target(
            name: "SpeccRuntime",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .target(
            name: "SpeccPipeline",
            dependencies: ["SpeccOpenAPI", "SpeccIR", "SpeccYAML", "SpeccDiagnostics", "SpeccTemplating", "SpeccMarkdown", "SpeccJSONSchema", "SpeccSwift"]
        ),
        .executableTarget(
            name: "specc",
            dependencies: [
                "SpeccPipeline",
                "SpeccJSONSchema",
                "SpeccTemplating",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "SpeccBenchmarks",
            dependencies: ["SpeccPipeline", "SpeccYAML", "SpeccOpenAPI", "SpeccMarkdown", "SpeccSwift", "CSpeccYAML"],
            path: "Benchmarks/SpeccBenchmarks"
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
            ]
        ),
        .testTarget(
            name: "SpeccCLITests",
            dependencies: ["specc"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The generated clients in Generated/ compile as targets of this package, so every golden is
// checked by the compiler (Swift 6 language mode) and the tests can call them.
let goldenSpecs = ["losant-events", "notification-events", "secoda-events", "strigo-events", "utilityapi-events"]
let goldenClients = goldenSpecs.map { spec in
    "SpeccGolden" + spec.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Client"
}
for (spec, module) in zip(goldenSpecs, goldenClients) {
    package.targets.append(.target(
        name: module,
        dependencies: ["SpeccRuntime", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
        path: "Generated/\(spec)/client"
    ))
}
// The generated clients against a real HTTP server on 127.0.0.1, through URLSessionTransport.
package.targets.append(.testTarget(
    name: "SpeccClientTests",
    dependencies: goldenClients.map { .target(name: $0) } + [
        "SpeccRuntime",
        .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
    ]
))
