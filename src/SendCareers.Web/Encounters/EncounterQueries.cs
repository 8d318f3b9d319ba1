using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Encounters;

public static class EncounterQueries
{
    /// <summary>The opening kinds that are encounters rather than placements.</summary>
    public static readonly OpeningKind[] Kinds = [OpeningKind.EncounterTalk, OpeningKind.EncounterVisit, OpeningKind.EncounterMockInterviews];

    /// <summary>An encounter with what its pages and messages need: employer, school and the group.</summary>
    public static IQueryable<Encounter> WithDetails(this IQueryable<Encounter> encounters) =>
        encounters
            .Include(e => e.Employer)
            .Include(e => e.School)
            .Include(e => e.Attendees).ThenInclude(a => a.YoungPerson)
            .AsSplitQuery();

    /// <summary>"Talk", "Workplace visit", "Mock interviews": the kind as a person says it.</summary>
    public static string KindName(OpeningKind kind) => EnumLabels.EncounterKind(kind);
}
