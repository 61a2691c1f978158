// swift-tools-version:6.0
import PackageDescription

// Benchmark helpers that need HireKit's libraries directly (not part of the HireKit package):
// PDF text extraction throughput (HireKitCV) and a per-phase breakdown of a site build.
let package = Package(
    name: "HireKitBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "HireKit", path: "../..")],
    targets: [
        .executableTarget(name: "hirekit-bench", dependencies: [
            .product(name: "HireKitCV", package: "HireKit"),
            .product(name: "HireKitSite", package: "HireKit"),
            .product(name: "HireKitRoles", package: "HireKit"),
        ]),
    ]
)
