@testable import HireKitAudit
import Foundation
import Testing

@Suite("Self-identification CSV")
struct DemographicsCSVTests {
    private func parse(_ text: String, file: String = "people.csv") throws(DemographicsCSVError) -> [DemographicsCSV.Row] {
        try DemographicsCSV.parse(Array(text.utf8), file: file)
    }

    /// The problems `text` is refused with, as printed.
    private func problems(_ bytes: [UInt8], file: String = "people.csv") -> [String] {
        do {
            _ = try DemographicsCSV.parse(bytes, file: file)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    private func problems(_ text: String) -> [String] { problems(Array(text.utf8)) }

    @Test func rowsAreReadWithCanonicalCategoriesAndTheirLines() throws {
        let rows = try parse("candidate,sex,race_ethnicity\n17,female,asian\nsam@example.com,,declined\n")
        #expect(rows == [
            DemographicsCSV.Row(candidate: "17", sex: "Female", raceEthnicity: "Asian", line: 2),
            DemographicsCSV.Row(candidate: "sam@example.com", sex: nil, raceEthnicity: nil, line: 3),
        ])
    }

    @Test func aByteOrderMarkCRLFAndQuotedFieldsAreAccepted() throws {
        let text = "\u{FEFF}\"email\",Sex,\"race_ethnicity\"\r\n\"a,b\"\"c\"\"@example.com\",Male,\"Native Hawaiian or\r\nOther Pacific Islander\"\r\nd@example.com,\"\",White\r\n"
        let rows = try parse(text)
        #expect(rows.map(\.candidate) == ["a,b\"c\"@example.com", "d@example.com"])
        #expect(rows.map(\.raceEthnicity) == ["Native Hawaiian or Other Pacific Islander", "White"])
        // The quoted line break makes the next row start on line 4.
        #expect(rows.map(\.line) == [2, 4])
    }

    @Test func lineEndingsOfOldMacFilesAndBlankLinesAreAccepted() throws {
        let rows = try parse("id,sex,race_ethnicity\r1,Male,White\r\r2,Female,Asian")
        #expect(rows.map(\.candidate) == ["1", "2"])
        #expect(rows.map(\.line) == [2, 4])
    }

    @Test func emptyRowsASpreadsheetLeavesBelowTheDataAreSkipped() throws {
        let rows = try parse("candidate,sex,race_ethnicity\n1,Male,White\n,,\n , ,\t\n")
        #expect(rows.map(\.candidate) == ["1"])
    }

    @Test func otherColumnsAreIgnored() throws {
        let rows = try parse("name,race_ethnicity,id,sex\nAnn,Asian,5,Female\n")
        #expect(rows == [DemographicsCSV.Row(candidate: "5", sex: "Female", raceEthnicity: "Asian", line: 2, candidateColumn: 11)])
    }

    @Test func everyProblemIsListedWithFileLineAndColumnNotJustTheFirst() {
        let found = problems("""
        candidate,sex,race_ethnicity
        1,Female,Martian
        2,Male
        1,Male,White
        ,Female,Asian
        3,Male,"White"x
        4,Ma"le,White

        """)
        #expect(found.count == 6)
        #expect(found[0].hasPrefix("people.csv:2:10: error: 'Martian' is not a race/ethnicity category. Use one of: Hispanic or Latino;"))
        #expect(found[1] == "people.csv:3: error: this row has 2 fields but the header has 3. Give every row the header's columns (quote a value that contains a comma)")
        #expect(found[2] == "people.csv:4:1: error: candidate '1' already has a row on line 2. Keep one row per candidate")
        #expect(found[3].hasPrefix("people.csv:5:1: error: the candidate is empty."))
        #expect(found[4].hasPrefix("people.csv:6:15: error: text follows a field's closing quote."))
        #expect(found[5].hasPrefix("people.csv:7:5: error: a field contains a quote but does not start with one."))
    }

    @Test func theErrorSaysNothingWasImported() {
        #expect(throws: DemographicsCSVError.self) { try parse("candidate,sex,race_ethnicity\n1,Male,Klingon\n") }
        do { _ = try parse("candidate,sex,race_ethnicity\n1,Male,Klingon\n") } catch {
            #expect(error.description.hasSuffix("\n1 problem found; nothing was imported."))
        }
    }

    @Test func duplicateCandidatesDifferingOnlyInCaseAreCaught() {
        let found = problems("email,sex,race_ethnicity\nAnn@Example.com,Female,White\nann@example.com,Female,White\n")
        #expect(found == ["people.csv:3:1: error: candidate 'ann@example.com' already has a row on line 2. Keep one row per candidate"])
    }

    @Test func missingColumnsAreEachNamed() {
        let found = problems("who,gender\n1,Male\n")
        #expect(found.count == 3)
        #expect(found[0].hasPrefix("people.csv:1: error: the header has no 'candidate' column."))
        #expect(found[1].hasPrefix("people.csv:1: error: the header has no 'sex' column."))
        #expect(found[2].hasPrefix("people.csv:1: error: the header has no 'race_ethnicity' column."))
    }

    @Test func twoCandidateColumnsOrARepeatedColumnAreRefused() {
        #expect(problems("id,email,sex,race_ethnicity\n1,a@b.c,Male,White\n")
            == ["people.csv:1: error: the header has 'id' and 'email', so it is unclear which names the candidate. Keep only one of them"])
        #expect(problems("id,sex,sex,race_ethnicity\n")
            == ["people.csv:1:8: error: column 'sex' appears twice (first as column 2). Remove or rename one of them"])
    }

    @Test func anEmptyFileHasNoHeader() {
        #expect(problems("").first?.hasPrefix("people.csv:1: error: the file has no header row.") == true)
        #expect(problems("\u{FEFF}\n\n").count == 1)
    }

    @Test func bytesThatAreNotUTF8AreReportedOnceWithWhereAndHowToFix() {
        // "José" and "Müller" in Latin-1, as Excel's plain "CSV" saves them.
        let latin1: [UInt8] = Array("candidate,sex,race_ethnicity\n1,Male,White\n".utf8)
            + Array("2,Jos".utf8) + [0xE9] + Array(",White\n3,M".utf8) + [0xFC] + Array("ller,Asian\n".utf8)
        let found = problems(latin1)
        #expect(found == ["people.csv:3:3: error: the file is not UTF-8 text (2 lines with bytes in another encoding, the first here). "
                          + "Save it as UTF-8 (in Excel: 'CSV UTF-8'; in LibreOffice: character set 'Unicode (UTF-8)')"])
    }

    @Test func anUnterminatedQuoteIsReportedWhereItStarts() {
        let found = problems("candidate,sex,race_ethnicity\n1,Male,\"White\n2,Female,Asian\n")
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("people.csv:2:8: error: a quoted field starts here but its closing quote is missing."))
    }

    @Test func aFileOverTheSizeLimitIsRefusedUnparsed() {
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: DemographicsCSV.maximumFileSize + 1)
        #expect(problems(big) == ["people.csv: error: the file is larger than 10 MB. Split it into smaller files and import each"])
    }

    @Test func aLineOverTheLengthLimitIsRefusedAndTheRestStillChecked() {
        let long = String(repeating: "x", count: DemographicsCSV.maximumLineLength + 1)
        let found = problems("candidate,sex,race_ethnicity\n1,Male,\(long)\n2,Male,Martian\n")
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("people.csv:2: error: the line is longer than 64 KB"))
        #expect(found[1].hasPrefix("people.csv:3:8: error: 'Martian' is not a race/ethnicity category."))
    }

    @Test func problemsStopAtTheLimitSoGarbageCannotFillMemory() {
        let rows = (1...500).map { "\($0),Male,Martian" }.joined(separator: "\n")
        let found = problems("candidate,sex,race_ethnicity\n" + rows)
        #expect(found.count == DemographicsCSV.maximumProblems + 1)
        #expect(found.last == "people.csv: error: more than 100 problems; the rest were not listed. Fix these and import again")
    }

    @Test func anUnknownCandidateIsReportedAtItsRowAndField() throws {
        let rows = try parse("sex,race_ethnicity,candidate\nMale,White,99\n")
        #expect(DemographicsCSV.unknownCandidate(rows[0], file: "people.csv").description
                == "people.csv:2:12: error: no candidate '99' in the pipeline. Check the id or e-mail against the pipeline's candidates, or delete the row")
    }

    @Test func readingAMissingFileSaysWhy() {
        let path = "/nonexistent-\(UUID().uuidString)/people.csv"
        #expect(throws: DemographicsCSVError.self) { try DemographicsCSV.read(path: path) }
        do { _ = try DemographicsCSV.read(path: path) } catch {
            #expect(error.problems.first?.description == "\(path): error: cannot read the file (no such file). Check the path and that you may read it")
        }
    }

    @Test func readingAFolderSaysItIsOne() {
        let path = FileManager.default.temporaryDirectory.path
        do { _ = try DemographicsCSV.read(path: path); Issue.record("a folder was read") } catch {
            #expect(error.problems.first?.description == "\(path): error: cannot read the file (it is a folder). Check the path and that you may read it")
        }
    }

    @Test func readingAFileParsesIt() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hirekit-audit-\(UUID().uuidString).csv")
        try Data("candidate,sex,race_ethnicity\n1,Male,White\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try DemographicsCSV.read(path: url.path).map(\.candidate) == ["1"])
    }
}
