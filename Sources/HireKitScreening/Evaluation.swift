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
