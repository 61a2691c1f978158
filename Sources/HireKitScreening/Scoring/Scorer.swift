import HireKitRoles

/// The scoring rules, as pure functions of the counts screening found and the role's policy.
///
/// Each category earns a fraction of its weight; the sum is scaled by the policy's total weight
/// to 0–100. Missing a knockout skill caps the total at the policy's knockout cap.
public enum Scorer {
    /// Fraction of a skill list met; an empty list asks for nothing, so it is fully met.
    public static func skillFraction(met: Int, of total: Int) -> Double {
        total == 0 ? 1 : Double(met) / Double(total)
    }

    /// Credit for a skill by how many lines of the CV show it: one mention earns half, two three
    /// quarters, three or more full marks. Recruiters trust a skill the CV keeps coming back to.
    public static func evidenceStrength(lines: Int) -> Double {
        lines <= 0 ? 0 : min(1, 0.5 + 0.25 * Double(lines - 1))
    }

    /// The most a single skill of a list can earn on the 0–100 scale: the category's weight shared
    /// equally among its skills (0 for an empty list, which `skillCategoryPoints` credits whole).
    public static func pointsPerSkill(weight: Double, skillCount: Int, policy: ScreeningPolicy) -> Double {
        skillCount == 0 ? 0 : scaled(weight, policy: policy) / Double(skillCount)
    }

    /// What one skill earns: its share (`pointsPerSkill`) times the strength of its evidence.
    public static func skillPoints(each: Double, lines: Int) -> Double {
        each * evidenceStrength(lines: lines)
    }

    /// A skill category's unrounded points: the sum of what each skill earned, in list order, or the
    /// whole weight when the role lists no skills in it (asking for nothing, it is fully met).
    public static func skillCategoryPoints(_ earned: some Collection<Double>, weight: Double, policy: ScreeningPolicy) -> Double {
        earned.isEmpty ? scaled(weight, policy: policy) : earned.reduce(0, +)
    }

    /// Share of the experience points earned by meeting the minimum with relevant work; the rest
    /// goes by how much of the candidate's recent work was relevant (someone serving customers now
    /// beats someone who did it one summer a decade ago).
    public static let relevantExperienceShare = 0.7

    /// How far back "recent work" reaches, counted from the latest date in the CV.
    public static let recentYears = 5

    /// Relevant years against the minimum (at least one year, so an entry role still prefers someone
    /// who has done the job), blended with the relevant share of the recent years worked.
    public static func experienceFraction(relevantYears: Double, minimumYears: Double,
                                          recentRelevantYears: Double, recentYears: Double) -> Double {
        let target = max(minimumYears, 1)
        let relevant = min(1, max(0, relevantYears) / target)
        let recent = recentYears > 0 ? min(1, max(0, recentRelevantYears) / recentYears) : 0
        return relevantExperienceShare * relevant + (1 - relevantExperienceShare) * recent
    }

    /// 1 when the minimum is met, halved for each level short of it (one below: ½, two: ¼, …).
    public static func educationFraction(found: EducationLevel, minimum: EducationLevel) -> Double {
        let levels = EducationLevel.allCases
        let shortBy = levels.firstIndex(of: minimum)! - levels.firstIndex(of: found)!
        return shortBy <= 0 ? 1 : 1 / Double(1 << shortBy)
    }

    /// Converts policy-weight points to the 0–100 scale.
    public static func scaled(_ points: Double, policy: ScreeningPolicy) -> Double {
        policy.totalWeight > 0 ? points / policy.totalWeight * 100 : 0
    }

    /// The final 0–100 score from category points already on the 0–100 scale.
    public static func total(_ breakdown: ScoreBreakdown, knockedOut: Bool, policy: ScreeningPolicy) -> Double {
        let sum = breakdown.requiredSkills + breakdown.preferredSkills + breakdown.experience + breakdown.education
        let capped = knockedOut ? min(sum, policy.knockoutCap) : sum
        return rounded(min(100, max(0, capped)))
    }

    /// One decimal, half away from zero: the same CV always prints the same score.
    public static func rounded(_ value: Double) -> Double {
        (value * 10).rounded(.toNearestOrAwayFromZero) / 10
    }
}
