// swift-tools-version:6.0
import PackageDescription

// HireKit: role definitions → careers site, and CV screening against those roles.
// Narrow products only (e.g. no umbrella Collections) to keep clean-clone builds short.
let package = Package(
    name: "HireKit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hirekit", targets: ["hirekit"]),
        .library(name: "HireKitRoles", targets: ["HireKitRoles"]),
        .library(name: "HireKitMarkup", targets: ["HireKitMarkup"]),
        .library(name: "HireKitAudit", targets: ["HireKitAudit"]),
        .library(name: "HireKitSite", targets: ["HireKitSite"]),
        .library(name: "HireKitCV", targets: ["HireKitCV"]),
        .library(name: "HireKitScreening", targets: ["HireKitScreening"]),
        .library(name: "HireKitPipeline", targets: ["HireKitPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // SQLite (Debian: libsqlite3-dev) for the hiring pipeline; SHA-256 of CVs and role files.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // System libraries (Debian: libxml2-dev, libpoppler-glib-dev, libstemmer-dev).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),

        // Atomic folder exchange (renameat2) for publishing the site in one step.
        .target(name: "CFileSwap"),

        // Role files are read from libyaml's events (`import CYaml`, the libyaml Yams bundles and builds);
        // Yams' scalar constructors decide what a boolean, number or date is.
        .target(name: "HireKitRoles", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Escaping text for HTML, XML (CDATA), Markdown and script-safe JSON, shared by the site and the screening report.
        .target(name: "HireKitMarkup"),
        // Bias audit of the screening (selection and scoring rates, impact ratios, Fisher's test); no database.
        .target(name: "HireKitAudit", dependencies: ["HireKitMarkup"]),
        // HireKitScreening: role pages carry the screener's compiled terms for "Check your CV".
        .target(name: "HireKitSite", dependencies: [
            "HireKitRoles", "HireKitMarkup", "HireKitScreening", "CFileSwap",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "HireKitCV", dependencies: [
            "CLibXML2", "CPoppler",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "HireKitScreening", dependencies: ["HireKitRoles", "HireKitCV", "HireKitMarkup", "CStemmer"]),
        // The hiring round: candidates, applications, stages, notes and history in SQLite.
        .target(name: "HireKitPipeline", dependencies: [
            "HireKitRoles", "HireKitCV", "HireKitScreening", "HireKitAudit", "HireKitMarkup",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "hirekit", dependencies: [
            "HireKitRoles", "HireKitSite", "HireKitCV", "HireKitScreening", "HireKitPipeline", "HireKitAudit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Helpers shared by the test targets (ZIP writer, CLI runner, scratch folders); not a product.
        .target(name: "HireKitTestSupport", path: "Tests/HireKitTestSupport"),

        .testTarget(name: "HireKitRolesTests", dependencies: ["HireKitRoles", "HireKitTestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "HireKitMarkupTests", dependencies: ["HireKitMarkup", "HireKitTestSupport"]),
        .testTarget(name: "HireKitAuditTests", dependencies: ["HireKitAudit", "CLibXML2"]),
        .testTarget(name: "HireKitSiteTests", dependencies: ["HireKitSite", "HireKitRoles", "CLibXML2", "HireKitTestSupport"]),
        .testTarget(name: "HireKitCVTests", dependencies: ["HireKitCV", "HireKitTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "HireKitScreeningTests", dependencies: ["HireKitScreening", "HireKitRoles", "HireKitCV", "HireKitTestSupport"],
                    resources: [.copy("Resources")]),
        .testTarget(name: "HireKitCLITests", dependencies: ["hirekit", "HireKitTestSupport"]),
        .testTarget(name: "HireKitPipelineTests", dependencies: ["HireKitPipeline", "HireKitTestSupport",
                                                                  .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "HireKitReliabilityTests", dependencies: ["HireKitRoles", "HireKitSite", "HireKitCV", "HireKitScreening", "hirekit", "HireKitTestSupport",
                                                                    .product(name: "GRDB", package: "GRDB.swift")], resources: [.copy("BadInputs")]),
    ]
)
