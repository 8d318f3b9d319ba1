using SendCareers.Domain.Evidence;

namespace SendCareers.Web.Evidence;

/// <summary>Short words for gaps and benchmarks in tables.</summary>
public static class EvidenceText
{
    public static string Brief(GapKind kind) => kind switch
    {
        GapKind.NoEncounterThisYear => "none this year",
        GapKind.FewerThanFourEncounters => "fewer than 4",
        GapKind.NoWorkplaceBy16 => "no workplace by 16",
        GapKind.NoSecondWorkplaceBy18 => "second workplace by 18",
        GapKind.NothingBooked => "nothing booked",
        _ => kind.ToString(),
    };

    public static string Tag(GatsbyBenchmark? benchmark) => benchmark switch
    {
        GatsbyBenchmark.EncounterWithEmployers => "Benchmark 5",
        GatsbyBenchmark.ExperienceOfWorkplaces => "Benchmark 6",
        _ => "Paid work",
    };

    public static string Benchmark(GatsbyBenchmark? benchmark) => benchmark switch
    {
        GatsbyBenchmark.EncounterWithEmployers => "Encounter with employers",
        GatsbyBenchmark.ExperienceOfWorkplaces => "Experience of a workplace",
        _ => "Not counted for Benchmark 6",
    };

    public static string Setting(EvidenceSetting setting) => setting == EvidenceSetting.Internal ? "In school or college" : "At the employer";
}
