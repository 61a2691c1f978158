/// Metrics for judging a ranking of CVs against known good and bad candidates.
public enum Evaluation {
    /// Share of the top `k` documents (by descending score) that are relevant. Documents with equal
    /// scores keep their input order, so the result is deterministic. The denominator is `k`
    /// even when there are fewer documents, as in the usual definition.
    public static func precision(atK k: Int, scores: [Double], relevant: [Bool]) -> Double {
        precondition(k > 0, "k must be positive")
        precondition(scores.count == relevant.count, "one relevance label per score")
        let ranked = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return Double(ranked.prefix(k).filter { relevant[$0] }.count) / Double(k)
    }

    /// Area under the ROC curve: the probability that a random relevant document scores above a
    /// random irrelevant one, ties counting half. Computed as the Mann–Whitney U statistic from
    /// ranks, tied scores sharing their average rank. Nil without both kinds of document.
    public static func rocAUC(scores: [Double], relevant: [Bool]) -> Double? {
        precondition(scores.count == relevant.count, "one relevance label per score")
        let positives = relevant.filter { $0 }.count
        let negatives = relevant.count - positives
        guard positives > 0, negatives > 0 else { return nil }

        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var ranks = Array(repeating: 0.0, count: scores.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, scores[order[end + 1]] == scores[order[start]] { end += 1 }
            // Ranks are 1-based; a run of ties from start...end shares the mean of their ranks.
            let averageRank = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = averageRank }
            start = end + 1
        }
        let positiveRankSum = scores.indices.filter { relevant[$0] }.reduce(0) { $0 + ranks[$1] }
        let u = positiveRankSum - Double(positives * (positives + 1)) / 2
        return u / Double(positives * negatives)
    }
}

extension Evaluation {
    /// How far apart two rankings' ROC-AUCs are and how sure that is: `a`'s AUC minus `b`'s on the
    /// same documents, with a 95 % paired bootstrap interval. Each resample draws relevant and
    /// irrelevant documents separately (with replacement, as many of each as there are), so every
    /// resample has both kinds and the difference is always defined; both rankings see the same
    /// draw. With few relevant documents the interval is wide: a difference whose interval spans 0
    /// is not evidence that one method is better. Seeded, so a run always prints the same interval.
    public struct AUCDifference: Sendable, Equatable {
        public var difference: Double
        public var low: Double
        public var high: Double
    }

    public static func aucDifference(_ a: [Double], _ b: [Double], relevant: [Bool],
                                     resamples: Int = 1000, seed: UInt64 = 2026) -> AUCDifference? {
        precondition(a.count == relevant.count && b.count == relevant.count, "one relevance label per score")
        guard let aucA = rocAUC(scores: a, relevant: relevant), let aucB = rocAUC(scores: b, relevant: relevant) else { return nil }
        let positives = relevant.indices.filter { relevant[$0] }
        let negatives = relevant.indices.filter { !relevant[$0] }
        let labels = positives.map { _ in true } + negatives.map { _ in false }
        var generator = SplitMix64(seed: seed)
        var differences: [Double] = []
        differences.reserveCapacity(resamples)
        for _ in 0..<resamples {
            let drawn = positives.map { _ in positives[Int(generator.next() % UInt64(positives.count))] }
                + negatives.map { _ in negatives[Int(generator.next() % UInt64(negatives.count))] }
            let differenceInDraw = rocAUC(scores: drawn.map { a[$0] }, relevant: labels)!
                - rocAUC(scores: drawn.map { b[$0] }, relevant: labels)!
            differences.append(differenceInDraw)
        }
        differences.sort()
        let index = { (quantile: Double) in differences[min(differences.count - 1, Int(quantile * Double(differences.count)))] }
        return AUCDifference(difference: aucA - aucB, low: index(0.025), high: index(0.975))
    }
}

/// A small, fast, seedable generator (Steele, Lea & Flood's SplitMix64): the bootstrap must draw
/// the same resamples on every machine and run, which the system generator does not promise.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
