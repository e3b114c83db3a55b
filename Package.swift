// swift-tools-version:6.3
import Foundation
import PackageDescription

let package = Package(
    name: "posture",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "posture", targets: ["posture"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"4.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        // Value types shared by every stage.
        .target(name: "ReportModel", dependencies: ["CMalloc", "CByteScan"]),
        // Byte scans sixteen bytes a step (SSE2) for the splitter and the fast readers: one header, inlined.
        .target(name: "CByteScan"),

        // Stage 1: exports -> [Finding] + ledger.
        .target(
            name: "Importers",
            dependencies: [
                "ReportModel",
                "CZlib",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Stage 2: layer rules, acceptances, control status, scores.
        .target(
            name: "Scoring",
            dependencies: [
                "ReportModel",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Stage 3: period snapshots in one SQLite file.
        .target(
            name: "History",
            dependencies: [
                "ReportModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for binding a period's finding rows from one buffer.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Stage 4: view model, templates, charts, checked HTML.
        .target(
            name: "Rendering",
            dependencies: [
                "ReportModel",
                "XMLSupport",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // glibc's malloc_trim (FreedMemory): a header, nothing to link.
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "XMLSupport", dependencies: ["CLibXML2"]),
        .target(
            name: "ReportPipeline",
            dependencies: ["ReportModel", "Importers", "Scoring", "History", "Rendering"]
        ),
        .executableTarget(
            name: "posture",
            dependencies: [
                "ReportPipeline",
                "ReportModel",
                "Importers",
                "Scoring",
                "History",
                "Rendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // mimalloc (Debian libmimalloc-dev) in place of glibc's malloc: Swift allocates a small object or
            // buffer for most strings and arrays, on several threads at once, and glibc's arenas cost 5-15 %
            // of a 100k-finding run's time (docs/BENCHMARKS.md, session 10).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .target(name: "TestSupport", dependencies: ["ReportModel"]),

        // The decoder spike (docs/decoder-spike.md); its simdjson modes are opt-in, below.
        .executableTarget(
            name: "posture-decoder-spike",
            dependencies: ["Importers", .product(name: "Crypto", package: "swift-crypto")]
        ),

        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel", "TestSupport"]),
        .testTarget(
            name: "ImportersTests",
            dependencies: ["Importers", "ReportModel", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "ScoringTests", dependencies: ["Scoring", "ReportModel", "TestSupport"]),
        .testTarget(name: "HistoryTests", dependencies: ["History", "ReportModel", "TestSupport"]),
        .testTarget(
            name: "RenderingTests",
            dependencies: ["Rendering", "ReportModel", "TestSupport", "XMLSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "XMLSupportTests", dependencies: ["XMLSupport"]),
        .testTarget(
            name: "ReportPipelineTests",
            dependencies: [
                "ReportPipeline", "ReportModel", "Importers", "Scoring", "History", "Rendering", "TestSupport",
                "XMLSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(name: "postureTests", dependencies: ["posture", "TestSupport"], exclude: ["Fixtures"]),
    ],
    cxxLanguageStandard: .cxx17
)

// POSTURE_SIMDJSON_SPIKE=1 adds simdjson (Debian libsimdjson-dev) to the decoder spike through a
// small C++ target with a C interface; without it nothing needs simdjson.
if ProcessInfo.processInfo.environment["POSTURE_SIMDJSON_SPIKE"] == "1" {
    package.targets.append(
        .target(name: "CSimdjson", linkerSettings: [.linkedLibrary("simdjson")])
    )
    package.targets.first { $0.name == "posture-decoder-spike" }?.dependencies.append("CSimdjson")
}

for target in package.targets where target.type != .system && target.name != "CSimdjson" && target.name != "CByteScan" {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
        // Release builds let the optimizer inline across the package's modules (a finding's fields are read in
        // Scoring, History and Rendering through getters of ReportModel): docs/BENCHMARKS.md, session 13.
        // Release builds leave out the run-time exclusivity checks (a `swift_beginAccess` at each write through a
        // class's stored property: every finding setter on its shared storage); debug builds, which the tests run,
        // keep them: docs/BENCHMARKS.md, session 18.
        .unsafeFlags(["-cross-module-optimization", "-enforce-exclusivity=unchecked"], .when(configuration: .release)),
    ])
    target.swiftSettings = settings
}
