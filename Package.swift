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
        .library(name: "HireKitSite", targets: ["HireKitSite"]),
        .library(name: "HireKitCV", targets: ["HireKitCV"]),
        .library(name: "HireKitScreening", targets: ["HireKitScreening"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // System libraries (Debian: libxml2-dev, libpoppler-glib-dev, libstemmer-dev).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),

        // Atomic folder exchange (renameat2) for publishing the site in one step.
        .target(name: "CFileSwap"),

        .target(name: "HireKitRoles", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Escaping text for HTML, XML (CDATA), Markdown and script-safe JSON, shared by the site and the screening report.
        .target(name: "HireKitMarkup"),
        .target(name: "HireKitSite", dependencies: [
            "HireKitRoles", "HireKitMarkup", "CFileSwap",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "HireKitCV", dependencies: [
            "CLibXML2", "CPoppler",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "HireKitScreening", dependencies: ["HireKitRoles", "HireKitCV", "HireKitMarkup", "CStemmer"]),
        .executableTarget(name: "hirekit", dependencies: [
            "HireKitRoles", "HireKitSite", "HireKitCV", "HireKitScreening",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Helpers shared by the test targets (ZIP writer, CLI runner, scratch folders); not a product.
        .target(name: "HireKitTestSupport", path: "Tests/HireKitTestSupport"),

        .testTarget(name: "HireKitRolesTests", dependencies: ["HireKitRoles"]),
        .testTarget(name: "HireKitMarkupTests", dependencies: ["HireKitMarkup"]),
        .testTarget(name: "HireKitSiteTests", dependencies: ["HireKitSite", "HireKitRoles", "CLibXML2", "HireKitTestSupport"]),
        .testTarget(name: "HireKitCVTests", dependencies: ["HireKitCV", "HireKitTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "HireKitScreeningTests", dependencies: ["HireKitScreening", "HireKitRoles", "HireKitCV"],
                    resources: [.copy("Resources")]),
        .testTarget(name: "HireKitCLITests", dependencies: ["hirekit", "HireKitTestSupport"]),
        .testTarget(name: "HireKitReliabilityTests", dependencies: ["HireKitRoles", "HireKitSite", "HireKitCV", "HireKitScreening", "hirekit", "HireKitTestSupport"], resources: [.copy("BadInputs")]),
    ]
)
