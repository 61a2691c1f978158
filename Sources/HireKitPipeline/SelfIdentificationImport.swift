import HireKitAudit

/// Matches a self-identification file's rows to the pipeline's candidates. Every problem is
/// collected (an unknown candidate, two rows for one candidate) so nothing is half-imported.
public enum SelfIdentificationImport {
    public static func resolve(_ rows: [DemographicsCSV.Row], file: String, in store: any PipelineStore) throws -> [SelfIdentification] {
        var answers: [SelfIdentification] = []
        var problems: [DemographicsCSVProblem] = []
        var firstLine: [Int64: Int] = [:]
        for row in rows {
            guard let id = try store.candidateID(matching: row.candidate) else {
                problems.append(DemographicsCSV.unknownCandidate(row, file: file))
                continue
            }
            // One candidate named twice, once by id and once by e-mail.
            if let first = firstLine[id] {
                problems.append(row.problem(.duplicateCandidate(row.candidate, firstLine: first), file: file))
                continue
            }
            firstLine[id] = row.line
            answers.append(SelfIdentification(candidateID: id, sex: row.sex, raceEthnicity: row.raceEthnicity))
        }
        if !problems.isEmpty { throw DemographicsCSVError(problems: problems) }
        return answers
    }
}
