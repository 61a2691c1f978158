@testable import HireKitAudit
import Testing

@Suite("Fisher's exact test")
struct FisherExactTestTests {
    /// Relative comparison: p-values span hundreds of orders of magnitude.
    private func close(_ value: Double, _ expected: Double, tolerance: Double = 1e-6) -> Bool {
        abs(value - expected) <= tolerance * abs(expected)
    }

    @Test func theLadyTastingTeaMatchesR() {
        // Fisher's tea-tasting experiment, R's ?fisher.test example `TeaTasting`:
        // fisher.test(matrix(c(3, 1, 1, 3), 2)) gives p-value = 0.4857 (exactly 17/35).
        #expect(close(FisherExactTest.twoSided(a: 3, b: 1, c: 1, d: 3), 17.0 / 35.0))
    }

    @Test func wikipediasStudyingExampleMatchesPublishedValue() {
        // Wikipedia "Fisher's exact test" example (men/women studying): p ≈ 0.002759;
        // scipy.stats.fisher_exact([[1, 9], [11, 3]]) = 0.0027594561852200836.
        #expect(close(FisherExactTest.twoSided(a: 1, b: 9, c: 11, d: 3), 0.0027594561852200836))
    }

    @Test func theConvictionsOfTwinsMatchesScipy() {
        // R's ?fisher.test example `Convictions` (Fisher 1962), matrix(c(2, 10, 15, 3), 2);
        // two-sided, scipy.stats.fisher_exact([[2, 15], [10, 3]]) = 0.0005367241191434358.
        #expect(close(FisherExactTest.twoSided(a: 2, b: 15, c: 10, d: 3), 0.0005367241191434358))
    }

    @Test func transposingOrSwappingRowsDoesNotChangeP() {
        let p = FisherExactTest.twoSided(a: 2, b: 7, c: 8, d: 2)
        #expect(close(FisherExactTest.twoSided(a: 2, b: 8, c: 7, d: 2), p))
        #expect(close(FisherExactTest.twoSided(a: 8, b: 2, c: 2, d: 7), p))
        // scipy.stats.fisher_exact([[2, 7], [8, 2]]) = 0.02301413756522116
        #expect(close(p, 0.02301413756522116))
    }

    @Test func smallTablesMatchScipy() {
        // Values from scipy 1.17.1, scipy.stats.fisher_exact(table)[1].
        #expect(close(FisherExactTest.twoSided(a: 0, b: 5, c: 5, d: 0), 0.007936507936507938))
        #expect(close(FisherExactTest.twoSided(a: 1, b: 0, c: 40, d: 59), 0.41000000000000003))
    }

    @Test func countsInTheTensOfThousandsMatchScipy() {
        // Values from scipy 1.17.1, scipy.stats.fisher_exact([[a, b], [c, d]])[1].
        #expect(close(FisherExactTest.twoSided(a: 10_000, b: 20_000, c: 12_000, d: 18_000), 2.138264770846889e-64, tolerance: 1e-5))
        #expect(close(FisherExactTest.twoSided(a: 4_000, b: 16_000, c: 4_300, d: 15_700), 0.0002269550920899028, tolerance: 1e-5))
        #expect(close(FisherExactTest.twoSided(a: 120, b: 880, c: 30_000, d: 69_000), 3.496432785286861e-42, tolerance: 1e-5))
        #expect(close(FisherExactTest.twoSided(a: 5_010, b: 4_990, c: 4_990, d: 5_010), 0.7881609075805679, tolerance: 1e-5))
    }

    @Test func aTableExactlyAtItsExpectedValueHasPOne() {
        // Every other table is less likely, and the tolerance keeps the observed one in: p = 1.
        #expect(FisherExactTest.twoSided(a: 5_000, b: 5_000, c: 5_000, d: 5_000) == 1)
    }

    @Test func anEmptyRowOrColumnHasNothingToTest() {
        #expect(FisherExactTest.twoSided(a: 0, b: 0, c: 3, d: 4) == 1)
        #expect(FisherExactTest.twoSided(a: 0, b: 3, c: 0, d: 4) == 1)
        #expect(FisherExactTest.twoSided(a: 0, b: 0, c: 0, d: 0) == 1)
    }
}
