// swift-tools-version:6.0
import Foundation
import PackageDescription

// libFuzzer targets for HireKit (issue #6). A separate package so the main Package.swift stays free of
// fuzzing products; it depends on the main package by path. Build and run with Fuzz/build.sh and Fuzz/run.sh
// (see Fuzz/README.md), which add `-sanitize=fuzzer,address` to every Swift module and the fuzzer's coverage
// instrumentation to the C code of the dependencies (libyaml inside Yams).
//
// SwiftPM names a path dependency after its folder, so the main package's identity is whatever the clone is
// called ("main", "hirekit", ...); work it out instead of hard-coding it.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

func hirekit(_ module: String) -> Target.Dependency { .product(name: module, package: mainPackage) }

let package = Package(
    name: "HireKitFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver"]),
        .executableTarget(name: "RoleLoaderFuzz", dependencies: ["FuzzSupport", hirekit("HireKitRoles")]),
        .executableTarget(name: "TemplateRenderFuzz",
                          dependencies: ["FuzzSupport", hirekit("HireKitRoles"), hirekit("HireKitSite")]),
        .executableTarget(name: "DOCXFuzz", dependencies: ["FuzzSupport", hirekit("HireKitCV")]),
        .executableTarget(name: "HTMLFuzz", dependencies: ["FuzzSupport", hirekit("HireKitCV")]),
        .executableTarget(name: "NormalizerFuzz", dependencies: ["FuzzSupport", hirekit("HireKitScreening")]),
        .executableTarget(name: "MatcherFuzz",
                          dependencies: ["FuzzSupport", hirekit("HireKitScreening"), hirekit("HireKitRoles"), hirekit("HireKitCV"), hirekit("HireKitMarkup")]),
    ]
)
