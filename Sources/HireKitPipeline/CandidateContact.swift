/// Who a candidate is, as read from their CV. Any part may be missing.
public struct CandidateContact: Sendable, Equatable, Codable {
    public var name: String?
    /// Lower-cased, so that the same address matches however it was written.
    public var email: String?
    public var phone: String?

    public init(name: String?, email: String?, phone: String?) {
        self.name = name; self.email = email?.lowercased(); self.phone = phone
    }
}
