#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fisher's exact test on a 2×2 table, as R's `fisher.test` computes it.
///
/// The table is
///
///     a  b      (row 1: e.g. this category: selected, not selected)
///     c  d      (row 2: the rest:           selected, not selected)
///
/// With the margins fixed, `a` follows the hypergeometric distribution; the two-sided p-value is the
/// total probability of every table at least as unlikely as the observed one. Probabilities are
/// worked out from log-factorials so that counts in the tens of thousands neither overflow nor
/// underflow to 0 before they are compared.
public enum FisherExactTest {
    /// Tables whose probability is within this relative distance of the observed one count as
    /// equally likely: the same tolerance as R (`1 + 1e-7`), so that rounding in the logs does not
    /// drop a table that is, mathematically, exactly as probable (every symmetric table).
    static let relativeTolerance = 1e-7

    /// Two-sided p-value for the table `[[a, b], [c, d]]`; 1 when a margin is 0 (nothing to test).
    public static func twoSided(a: Int, b: Int, c: Int, d: Int) -> Double {
        precondition(a >= 0 && b >= 0 && c >= 0 && d >= 0, "Fisher's test needs counts, not negative numbers")
        let row1 = a + b, row2 = c + d, column1 = a + c
        let low = max(0, column1 - row2), high = min(row1, column1)
        guard low < high else { return 1 }
        // log P(x) up to a constant shared by every x, which cancels when normalising.
        func logDensity(_ x: Int) -> Double {
            -(logFactorial(x) + logFactorial(row1 - x) + logFactorial(column1 - x) + logFactorial(row2 - column1 + x))
        }
        let logs = (low...high).map(logDensity)
        let largest = logs.max()!
        let observed = exp(logs[a - low] - largest) * (1 + relativeTolerance)
        var total = 0.0, asExtreme = 0.0
        for value in logs {
            let density = exp(value - largest)
            total += density
            if density <= observed { asExtreme += density }
        }
        return min(1, asExtreme / total)
    }

    /// ln(n!) via the log-gamma function; `lgamma_r` rather than `lgamma`, which writes the global
    /// `signgam` and so is not safe to call from several threads.
    static func logFactorial(_ n: Int) -> Double {
        var sign: Int32 = 0
        return lgamma_r(Double(n) + 1, &sign)
    }
}
