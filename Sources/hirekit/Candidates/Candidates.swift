import ArgumentParser

/// `hirekit candidates …`: the hiring round kept in the pipeline database.
struct Candidates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the hiring round: applications, stages, notes and decisions in an SQLite database.",
        discussion: """
        The database is hirekit.sqlite in the current folder, or --db FILE, or the HIREKIT_DB environment variable.
        Exit status: 0 done, 1 some CVs could not be imported (listed), 2 usage, database or role error.
        """,
        subcommands: [ImportCandidates.self, ListCandidates.self, ShowCandidate.self, MoveCandidate.self, NoteCandidate.self,
                      RescreenCandidates.self, ForgetCandidate.self, PurgeCandidates.self, ExportCandidates.self,
                      ImportDemographics.self])
}
