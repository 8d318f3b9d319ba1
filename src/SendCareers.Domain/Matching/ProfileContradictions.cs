using SendCareers.Domain.Vocabulary;
using static SendCareers.Domain.Matching.MatchText;

namespace SendCareers.Domain.Matching;

/// <summary>
/// Answers in a vocational profile that cannot all be true: wanting animal care while having to avoid
/// animals, enjoying work outside while having to avoid the outdoors, a sector both wanted and avoided.
/// Matching would quietly leave out what the young person asked for, so such a profile is a mistake to
/// put right with them, not something to rank. Only clear-cut pairs are listed.
/// </summary>
public static class ProfileContradictions
{
    /// <summary>Sectors whose work cannot be done without the condition.</summary>
    private static readonly (Vocabulary.Sector Of, EnvironmentFactor Needs)[] SectorConditions =
    [
        (Vocabulary.Sector.AnimalCare, EnvironmentFactor.Animals),
        (Vocabulary.Sector.Gardening, EnvironmentFactor.Outdoors),
        (Vocabulary.Sector.Environment, EnvironmentFactor.Outdoors),
    ];

    /// <summary>Words in a task, skill or aspiration that mean the condition is wanted.</summary>
    private static readonly (string Words, EnvironmentFactor Needs)[] PhraseConditions =
    [
        ("animal", EnvironmentFactor.Animals),
        ("outside", EnvironmentFactor.Outdoors),
        ("outdoors", EnvironmentFactor.Outdoors),
    ];

    /// <summary>One sentence per contradiction; empty when the profile is consistent.</summary>
    public static IReadOnlyList<string> Find(MatchCandidate profile, IEnumerable<string>? otherPhrases = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var found = new List<string>();
        foreach (var sector in profile.Interests.Concat(profile.WantsToTry).Distinct())
        {
            if (profile.AvoidSectors.Contains(sector))
            {
                found.Add($"{Capitalise(Sector(sector))} is both wanted and a sector to avoid");
            }

            foreach (var (s, needs) in SectorConditions)
            {
                if (s == sector && (profile.EnvironmentToAvoid & needs) != 0)
                {
                    found.Add($"Wants {Sector(sector)} but must avoid {Environment(needs)}");
                }
            }
        }

        foreach (var phrase in profile.TaskInterests.Concat(profile.Skills).Concat(otherPhrases ?? []))
        {
            foreach (var (words, needs) in PhraseConditions)
            {
                if (phrase.Contains(words, StringComparison.OrdinalIgnoreCase) && (profile.EnvironmentToAvoid & needs) != 0)
                {
                    found.Add($"\"{phrase.Trim()}\" but must avoid {Environment(needs)}");
                }
            }
        }

        return found;
    }

    /// <summary>The conditions to avoid with every contradicted one taken out: what a corrected profile keeps.</summary>
    public static EnvironmentFactor WithoutContradictions(MatchCandidate profile, IEnumerable<string>? otherPhrases = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var avoid = profile.EnvironmentToAvoid;
        foreach (var sector in profile.Interests.Concat(profile.WantsToTry))
        {
            foreach (var (s, needs) in SectorConditions)
            {
                if (s == sector)
                {
                    avoid &= ~needs;
                }
            }
        }

        foreach (var phrase in profile.TaskInterests.Concat(profile.Skills).Concat(otherPhrases ?? []))
        {
            foreach (var (words, needs) in PhraseConditions)
            {
                if (phrase.Contains(words, StringComparison.OrdinalIgnoreCase))
                {
                    avoid &= ~needs;
                }
            }
        }

        return avoid;
    }
}
