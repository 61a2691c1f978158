import HireKitScreening

/// One CV, read and screened against one role, ready to be stored as an application.
public struct Submission: Sendable {
    /// The file the CV came from, as given on the command line.
    public var source: String
    public var format: String
    /// The CV's text as screened; stored byte for byte.
    public var text: String
    /// SHA-256 of the CV file's bytes, hex: the same file applying twice is recognised.
    public var sha256: String
    public var contact: CandidateContact
    public var roleID: String
    /// SHA-256 of the role file at screening time, so a score can be traced to the role it used.
    public var roleDigest: String
    public var result: ScreeningResult

    public init(source: String, format: String, text: String, sha256: String, contact: CandidateContact,
                roleID: String, roleDigest: String, result: ScreeningResult) {
        self.source = source; self.format = format; self.text = text; self.sha256 = sha256
        self.contact = contact; self.roleID = roleID; self.roleDigest = roleDigest; self.result = result
    }
}
