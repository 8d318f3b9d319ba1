namespace SendCareers.Domain.Evidence;

/// <summary>The two Gatsby Benchmarks brokering produces evidence for.</summary>
public enum GatsbyBenchmark
{
    /// <summary>Encounters with employers and employees: talks, mentoring, mock interviews.</summary>
    EncounterWithEmployers = 5,

    /// <summary>Experiences of workplaces: visits, shadowing, work experience.</summary>
    ExperienceOfWorkplaces = 6,
}
