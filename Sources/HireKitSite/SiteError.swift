import HireKitRoles

/// What went wrong while building the site, with the step, the file and what to do —
/// modelled on Publish's errors so HR can act without reading code.
public enum SiteError: Error, Sendable, CustomStringConvertible {
    /// Role validation errors, carried through unchanged.
    case roles(RoleValidationError)
    case templateSyntax(file: String, line: Int, column: Int, detail: String)
    case templateMissing(file: String, detail: String)
    case templateReference(file: String, line: Int, column: Int, name: String, suggestion: String?)
    case invalidConfig(path: String, line: Int?, detail: String)
    case output(path: String, detail: String)
    case foreignFile(path: String)
    case multiple([SiteError])

    public var description: String {
        switch self {
        case let .roles(validation):
            return validation.description
        case let .templateSyntax(file, line, column, detail):
            return "\(file):\(line):\(column): error: template syntax: \(detail). Fix the tag at this position; the site was not changed."
        case let .templateMissing(file, detail):
            return "\(file): error: \(detail). Restore the template (see the defaults in the HireKit repository's Templates/)."
        case let .templateReference(file, line, column, name, suggestion):
            let hint = suggestion.map { " Did you mean '\($0)'?" } ?? " See the README for the fields templates can use."
            return "\(file):\(line):\(column): error: '\(name)' is not a field templates can use here, so it would render empty.\(hint)"
        case let .invalidConfig(path, line, detail):
            return "\(path)\(line.map { ":\($0)" } ?? ""): error: site configuration: \(detail). Correct the file or delete it to use the defaults."
        case let .output(path, detail):
            // Foundation's messages end with a full stop already.
            let reason = detail.hasSuffix(".") ? String(detail.dropLast()) : detail
            return "\(path): error: could not write the site: \(reason). The previous site was left as it was."
        case let .multiple(errors):
            return errors.map(\.description).joined(separator: "\n")
        case let .foreignFile(path):
            return "\(path): error: the build would overwrite this file, which HireKit did not write. Move it away, or choose another --output folder."
        }
    }
}
