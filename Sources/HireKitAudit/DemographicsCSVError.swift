/// Every problem found in a self-identification CSV; nothing is imported when there is any.
public struct DemographicsCSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [DemographicsCSVProblem]
    public init(problems: [DemographicsCSVProblem]) { self.problems = problems }
    public var description: String {
        let count = problems.count
        return problems.map(\.description).joined(separator: "\n")
            + "\n\(count) problem\(count == 1 ? "" : "s") found; nothing was imported."
    }
}
