/// What can go wrong with the pipeline database or a command on it, said so that a recruiter can
/// act: which file or application, what is wrong, and what to do.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database at all.
    case notADatabase(path: String)
    /// An SQLite file that cannot be read (damaged pages, truncated).
    case corrupt(path: String, detail: String)
    /// A readable SQLite database that some other program made.
    case foreignDatabase(path: String)
    /// Written by a newer HireKit: its migrations are ones this version does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    case cannotCreate(path: String, detail: String)
    case unknownApplication(Int64)
    case unknownCandidate(String)
    case moveRefused(application: Int64, from: Stage, to: Stage)
    case reasonRequired(application: Int64)
    case emptyNote
    case noApplications(role: String)
    /// Any other SQLite failure, with SQLite's own words.
    case storage(path: String, detail: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path): error: not a HireKit pipeline database (the file is not SQLite). It was not changed. "
                + "Give --db the pipeline's file, or a new file name to start a new pipeline."
        case .corrupt(let path, let detail):
            return "\(path): error: the database cannot be read (\(detail)). It was not changed. "
                + "Restore it from a backup, or give --db a new file name to start a new pipeline."
        case .foreignDatabase(let path):
            return "\(path): error: an SQLite database, but not a HireKit pipeline (it has other tables). It was not changed. "
                + "Give --db the pipeline's file, or a new file name to start a new pipeline."
        case .newerSchema(let path, let unknown):
            return "\(path): error: written by a newer HireKit (schema \(unknown.joined(separator: ", "))). It was not changed. "
                + "Use that HireKit version or a later one with this database."
        case .cannotCreate(let path, let detail):
            return "\(path): error: cannot create the database (\(detail)). Check that the folder exists and is writable."
        case .unknownApplication(let id):
            return "error: no application \(id). Run `hirekit candidates list` to see the application ids."
        case .unknownCandidate(let key):
            return "error: no candidate '\(key)'. Give a candidate id (as `hirekit candidates show` prints it) or an e-mail address."
        case .moveRefused(let id, let from, let to):
            let allowed = from.allowedNext.map(\.rawValue)
            let next = allowed.isEmpty ? "none: \(from.rawValue) is final" : allowed.joined(separator: ", ")
            return "error: application \(id) cannot move from \(from.rawValue) to \(to.rawValue). Allowed next stages: \(next)."
        case .reasonRequired(let id):
            return "error: rejecting application \(id) needs a reason. Add --reason \"…\" (it is kept in the history)."
        case .noApplications(let role):
            return "error: no applications to '\(role)' in the pipeline (in that period). Check the role id with `hirekit candidates list`."
        case .emptyNote:
            return "error: the note is empty. Write the note's text after the application id."
        case .storage(let path, let detail):
            return "\(path): error: \(detail)"
        }
    }
}
