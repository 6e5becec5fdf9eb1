// swift-tools-version: 6.0
import PackageDescription

// An app that uses specc the way most users will: as a package dependency whose build plugin
// generates a client from the target's openapi.yaml (the Strigo events spec) on every build that
// needs it.
let package = Package(
    name: "EventsApp",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "specc", path: "../.."),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
    ],
    targets: [
        .target(
            name: "EventsClient",
            dependencies: [
                .product(name: "SpeccRuntime", package: "specc"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            plugins: [.plugin(name: "SpeccBuildPlugin", package: "specc")]
        ),
        // The models alone, and a client in another module that imports them.
        .target(
            name: "EventsModels",
            dependencies: [.product(name: "SpeccRuntime", package: "specc"), .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            plugins: [.plugin(name: "SpeccBuildPlugin", package: "specc")]
        ),
        .target(
            name: "EventsRemote",
            dependencies: ["EventsModels", .product(name: "SpeccRuntime", package: "specc"), .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            plugins: [.plugin(name: "SpeccBuildPlugin", package: "specc")]
        ),
        // Every parameter style and body kind the generated client and server must agree on.
        .target(
            name: "EdgeCases",
            dependencies: [
                .product(name: "SpeccRuntime", package: "specc"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            plugins: [.plugin(name: "SpeccBuildPlugin", package: "specc")]
        ),
        .testTarget(
            name: "EdgeCasesTests",
            dependencies: [
                "EdgeCases",
                .product(name: "SpeccRuntime", package: "specc"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ]
        ),
        .testTarget(
            name: "EventsRemoteTests",
            dependencies: ["EventsModels", "EventsRemote", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")]
        ),
        .testTarget(
            name: "EventsClientTests",
            dependencies: [
                "EventsClient",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
