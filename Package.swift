// swift-tools-version:6.0
import PackageDescription

/// Stages point one way: CLibXML2 → VerityCore → VerityIngest → VerityAnalysis → VerityRules
/// → VerityReport → verity. `Verity` re-exports the stages for Swift users.
let package = Package(
    name: "Verity",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Verity", targets: ["Verity"]),
        .executable(name: "verity", targets: ["verity"]),
        .executable(name: "verity-bench", targets: ["verity-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "VerityCore"),
        .target(name: "VerityIngest", dependencies: ["VerityCore", "CLibXML2", "Yams"]),
        .target(name: "VerityAnalysis", dependencies: ["VerityCore"]),
        .target(
            name: "VerityRules", dependencies: ["VerityCore", "VerityAnalysis", "Yams"],
            resources: [.copy("Resources/Rules")]
        ),
        .target(name: "VerityReport", dependencies: ["VerityCore", "VerityAnalysis", "VerityRules"]),
        .target(
            name: "Verity",
            dependencies: ["VerityCore", "VerityIngest", "VerityAnalysis", "VerityRules", "VerityReport"]
        ),
        .executableTarget(
            name: "verity",
            dependencies: ["Verity", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/VerityCLI"
        ),
        .executableTarget(name: "verity-bench", dependencies: ["Verity"], path: "Sources/VerityBench"),
        .testTarget(name: "VerityCoreTests", dependencies: ["VerityCore"]),
        .testTarget(name: "VerityIngestTests", dependencies: ["VerityIngest"]),
        .testTarget(name: "VerityAnalysisTests", dependencies: ["VerityAnalysis", "VerityIngest"]),
        .testTarget(name: "VerityRulesTests", dependencies: ["VerityRules", "VerityIngest"]),
        .testTarget(
            name: "VerityReportTests", dependencies: ["VerityReport", "VerityIngest"],
            resources: [.copy("Goldens")]),
        .testTarget(name: "VerityCLITests", dependencies: ["Verity"]),
    ]
)
