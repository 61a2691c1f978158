/// What an audit covers, printed at the top of every report so that a published audit can be traced
/// back to exactly the roles and settings it was computed from. There is deliberately no "generated
/// on" date: the same data must give the same bytes, so that two reports can be compared with `diff`
/// (the caller can name the file after the date).
public struct AuditHeader: Sendable, Equatable, Encodable {
    /// A role in the audit and the digest of its definition file at the time.
    public struct Role: Sendable, Equatable, Encodable {
        public var id: String
        public var digest: String
        public init(id: String, digest: String) { self.id = id; self.digest = digest }
    }

    /// The period, as given (`YYYY-MM-DD`); `nil` for open-ended.
    public var from: String?
    public var to: String?
    public var roles: [Role]
    public var hirekitVersion: String
    /// The pipeline stage that counts as selected (it or any later stage).
    public var selectedAt: String

    public init(from: String? = nil, to: String? = nil, roles: [Role], hirekitVersion: String, selectedAt: String) {
        self.from = from; self.to = to; self.roles = roles; self.hirekitVersion = hirekitVersion; self.selectedAt = selectedAt
    }

    /// "2026-01-01 to 2026-06-30", "from 2026-01-01", "up to 2026-06-30" or "all dates".
    public var period: String {
        switch (from, to) {
        case let (from?, to?): "\(from) to \(to)"
        case let (from?, nil): "from \(from)"
        case let (nil, to?): "up to \(to)"
        case (nil, nil): "all dates"
        }
    }

    private enum CodingKeys: String, CodingKey { case from, to, roles, hirekitVersion, selectedAt }

    /// Absent dates are written as `null` rather than left out, so the JSON's shape never changes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(roles, forKey: .roles)
        try container.encode(hirekitVersion, forKey: .hirekitVersion)
        try container.encode(selectedAt, forKey: .selectedAt)
    }
}
