/// One problem found in a role file: where it is, what is wrong and what to do about it.
///
/// Printed as `Roles/cashier.yml:12:3: error: unknown key 'titel'. Did you mean 'title'?` so that
/// editors and terminals can jump to the spot.
public struct RoleDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var problem: String
    public var fix: String

    public init(file: String, line: Int? = nil, column: Int? = nil, problem: String, fix: String) {
        self.file = file; self.line = line; self.column = column; self.problem = problem; self.fix = fix
    }

    public var location: String {
        var text = file
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        return text
    }

    public var description: String { "\(location): error: \(problem). \(fix)" }
}

/// Every problem found while loading a folder of roles; loading never stops at the first one.
public struct RoleValidationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [RoleDiagnostic]
    public init(diagnostics: [RoleDiagnostic]) { self.diagnostics = diagnostics }
    public var description: String {
        let count = diagnostics.count
        return diagnostics.map(\.description).joined(separator: "\n")
            + "\n\(count) problem\(count == 1 ? "" : "s") found in role definitions."
    }
}
