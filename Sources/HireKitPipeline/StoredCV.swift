/// An open application's CV as stored, for screening it again after its role changed.
public struct StoredCV: Sendable {
    public var applicationID: Int64
    public var source: String
    public var format: String
    public var text: String
    public var score: Double

    public init(applicationID: Int64, source: String, format: String, text: String, score: Double) {
        self.applicationID = applicationID; self.source = source; self.format = format; self.text = text; self.score = score
    }
}
