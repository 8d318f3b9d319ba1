namespace SendCareers.Domain.Matching;

/// <summary><see cref="MatchWeights"/> cleaned (negative or non-finite becomes 0) and scaled to sum to 1.</summary>
internal readonly struct ScoringWeights
{
    public ScoringWeights(MatchWeights weights)
    {
        var interest = Clean(weights.Interest);
        var skills = Clean(weights.Skills);
        var support = Clean(weights.Support);
        var distance = Clean(weights.Distance);
        var experience = Clean(weights.EmployerExperience);
        var schedule = Clean(weights.Schedule);
        var variety = Clean(weights.Variety);
        var total = interest + skills + support + distance + experience + schedule + variety;
        var scale = total > 0 && double.IsFinite(total) ? 1 / total : 0;
        Interest = interest * scale;
        Skills = skills * scale;
        Support = support * scale;
        Distance = distance * scale;
        Experience = experience * scale;
        Schedule = schedule * scale;
        Variety = variety * scale;
    }

    public double Interest { get; }

    public double Skills { get; }

    public double Support { get; }

    public double Distance { get; }

    public double Experience { get; }

    public double Schedule { get; }

    public double Variety { get; }

    private static double Clean(double weight) => double.IsFinite(weight) && weight > 0 ? weight : 0;
}
