import Foundation
import Testing
@testable import HireKitScreening

@Suite("Evaluation metrics")
struct EvaluationTests {
    private let scores = [0.9, 0.8, 0.7, 0.6]
    private let relevant = [true, false, true, false]

    @Test func precisionAtKCountsRelevantDocumentsInTheTopK() {
        #expect(Evaluation.precision(atK: 1, scores: scores, relevant: relevant) == 1)
        #expect(Evaluation.precision(atK: 2, scores: scores, relevant: relevant) == 0.5)
        #expect(Evaluation.precision(atK: 3, scores: scores, relevant: relevant) == 2.0 / 3)
    }

    @Test func precisionAtKRanksByScoreNotInputOrder() {
        #expect(Evaluation.precision(atK: 1, scores: [0.1, 0.9], relevant: [false, true]) == 1)
    }

    @Test func precisionAtKBreaksTiesByInputOrder() {
        #expect(Evaluation.precision(atK: 1, scores: [0.5, 0.5], relevant: [false, true]) == 0)
    }

    @Test func precisionAtKBeyondTheListDividesByK() {
        #expect(Evaluation.precision(atK: 4, scores: [0.9, 0.1], relevant: [true, true]) == 0.5)
    }

    /// 40 documents, 8 relevant; `perfect` ranks every relevant one first, `coin` is unrelated to them.
    private static let relevant40 = (0..<40).map { $0 % 5 == 0 }
    private static let perfect = relevant40.map { $0 ? 1.0 : 0.0 }
    private static let coin = (0..<40).map { Double(($0 * 7919) % 40) }

    @Test func aucDifferenceOfAClearlyBetterRankingHasAnIntervalAboveZero() throws {
        let result = try #require(Evaluation.aucDifference(Self.perfect, Self.coin, relevant: Self.relevant40))
        #expect(result.difference == 1 - Evaluation.rocAUC(scores: Self.coin, relevant: Self.relevant40)!)
        #expect(result.low > 0)
        #expect(result.low <= result.difference && result.difference <= result.high)
    }

    @Test func aucDifferenceOfARankingWithItselfIsExactlyZero() throws {
        let result = try #require(Evaluation.aucDifference(Self.coin, Self.coin, relevant: Self.relevant40))
        #expect(result == Evaluation.AUCDifference(difference: 0, low: 0, high: 0))
    }

    @Test func aucDifferenceIntervalSpansZeroWhenRankingsBarelyDiffer() throws {
        var swapped = Self.coin
        swapped.swapAt(0, 1)
        let result = try #require(Evaluation.aucDifference(swapped, Self.coin, relevant: Self.relevant40))
        #expect(result.low <= 0 && result.high >= 0)
    }

    @Test func aucDifferenceIsTheSameOnEveryRun() {
        let first = Evaluation.aucDifference(Self.coin, Self.perfect, relevant: Self.relevant40)
        #expect(first == Evaluation.aucDifference(Self.coin, Self.perfect, relevant: Self.relevant40))
    }

    @Test func aucDifferenceNeedsBothKindsOfDocument() {
        #expect(Evaluation.aucDifference([1, 2], [2, 1], relevant: [true, true]) == nil)
    }

    @Test func aucOfAPerfectRankingIsOne() {
        #expect(Evaluation.rocAUC(scores: [0.9, 0.8, 0.2], relevant: [true, true, false]) == 1)
    }

    @Test func aucCountsCorrectlyOrderedPairs() {
        // Pairs (relevant, irrelevant): 0.35>0.1 yes, 0.35>0.4 no, 0.8>0.1 yes, 0.8>0.4 yes → 3/4.
        #expect(Evaluation.rocAUC(scores: [0.1, 0.4, 0.35, 0.8], relevant: [false, false, true, true]) == 0.75)
    }

    @Test func aucCountsTiesAsHalf() {
        // Relevant {2, 3}, irrelevant {1, 2}: 2>1 yes, 2=2 half, 3>1 yes, 3>2 yes → 3.5/4.
        #expect(Evaluation.rocAUC(scores: [1, 2, 2, 3], relevant: [false, true, false, true]) == 0.875)
        #expect(Evaluation.rocAUC(scores: [5, 5, 5], relevant: [true, false, false]) == 0.5)
    }

    @Test func aucNeedsBothKindsOfDocument() {
        #expect(Evaluation.rocAUC(scores: [1, 2], relevant: [true, true]) == nil)
        #expect(Evaluation.rocAUC(scores: [1, 2], relevant: [false, false]) == nil)
    }
}

@Suite("TF-IDF baseline")
struct TFIDFBaselineTests {
    @Test func cosineWithSmoothIDFMatchesAHandComputation() {
        let scores = TFIDFBaseline.scores(query: "CRM POS", documents: ["CRM", "POS CRM", "IVR"])
        // N = 3; df(crm) = 2, df(pos) = 1: idf = ln(4/3) + 1 and ln(4/2) + 1.
        let crm = log(4.0 / 3) + 1, pos = log(2.0) + 1
        #expect(abs(scores[0] - crm / (crm * crm + pos * pos).squareRoot()) < 1e-12)
        #expect(abs(scores[1] - 1) < 1e-12)
        #expect(scores[2] == 0)
    }

    @Test func termsAreComparedByStem() {
        #expect(TFIDFBaseline.scores(query: "resolving complaints", documents: ["resolved complaint"]) .first.map { abs($0 - 1) < 1e-12 } == true)
    }

    @Test func emptyDocumentScoresZero() {
        #expect(TFIDFBaseline.scores(query: "crm", documents: ["", "crm"]) .first == 0)
    }

    @Test func roleTextCoversTitleSummaryResponsibilitiesAndSkills() {
        let text = TFIDFBaseline.roleText(Fixtures.serviceRole)
        for part in ["Customer Service Representative", "Help customers", "Resolve complaints", "Zendesk", "bilingual"] {
            #expect(text.contains(part), "\(part)")
        }
    }

    @Test func cvsCloserToTheRoleScoreHigher() {
        let scores = TFIDFBaseline.scores(role: Fixtures.serviceRole,
                                          documents: [Fixtures.cv, "Forklift operator, warehouse inventory, pallet jack"])
        #expect(scores[0] > scores[1])
    }
}

@Suite("Labelled evaluation set")
struct LabelledEvaluationTests {
    @Test func csvFieldsHonourQuotedCommasAndDoubledQuotes() {
        #expect(LabelledEvaluation.fields(#"12,"SALES, SERVICE","say ""hi""",1"#) == ["12", "SALES, SERVICE", #"say "hi""#, "1"])
    }

    @Test func titleBlindTextDropsOnlyTheFirstNonEmptyLine() {
        #expect(LabelledEvaluation.withoutFirstLine("\nCASHIER\nTook payments") == "\nTook payments")
    }
}
