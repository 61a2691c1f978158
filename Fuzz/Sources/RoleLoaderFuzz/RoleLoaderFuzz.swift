import FuzzSupport
import HireKitRoles

/// Fuzzes the role-file loader: arbitrary bytes as the text of `Roles/fuzz.yml`. The loader must return a role
/// or a list of located diagnostics — never crash, hang, or report a diagnostic without its file.
@_cdecl("LLVMFuzzerTestOneInput")
public func roleLoaderFuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = FuzzInput.data(start, count)
    // The loader refuses files over 1 MB and non-UTF-8 before parsing; mirror that so time goes to the parser.
    guard data.count <= 1_000_000, let yaml = String(data: data, encoding: .utf8) else { return 0 }
    do {
        let role = try RoleLoader().decode(yaml: yaml, file: "Roles/fuzz.yml")
        // Whatever decodes must be usable downstream: a slug-safe id and non-empty required text.
        precondition(Slug.isValid(role.id), "decoded a role with an invalid id \(role.id.debugDescription)")
        precondition(!role.title.isEmpty && !role.summary.isEmpty, "decoded a role with empty required text")
    } catch {
        precondition(!error.diagnostics.isEmpty, "a RoleValidationError without diagnostics")
        for diagnostic in error.diagnostics {
            precondition(diagnostic.file == "Roles/fuzz.yml", "a diagnostic for another file: \(diagnostic)")
            _ = diagnostic.description
        }
        _ = error.description
    }
    return 0
}

@main enum Main { static func main() { runFuzzer() } }
