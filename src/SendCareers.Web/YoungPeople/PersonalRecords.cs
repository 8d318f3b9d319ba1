using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.YoungPeople;

/// <summary>
/// Subject access and erasure for one young person (UK GDPR articles 15 and 17): everything held about
/// them, gathered in one place; and erasure that removes what identifies them while keeping what the
/// hub's anonymous counts need (their school, EHCP, Career SEND group and school-year cohort).
/// </summary>
public sealed class PersonalRecords(AppDbContext db, AuditTrail audit, TimeProvider time)
{
    /// <summary>Everything held about the young person, ready to serialise as JSON; null if unknown or erased.</summary>
    public async Task<SubjectAccessExport?> ExportAsync(int id, CancellationToken cancellationToken)
    {
        var person = await db.YoungPeople.AsNoTracking().Include(p => p.School).Include(p => p.Changes)
            .SingleOrDefaultAsync(p => p.Id == id && p.ErasedAtUtc == null, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.YoungPersonId == id)
            .Include(p => p.Opening!).ThenInclude(o => o.Employer)
            .Include(p => p.Transitions).Include(p => p.Rotations).Include(p => p.SupportLog)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var placementIds = placements.Select(p => p.Id).ToList();
        var debriefs = await db.Debriefs.AsNoTracking().Where(d => d.PlacementId != null && placementIds.Contains(d.PlacementId.Value)).ToListAsync(cancellationToken);
        var attended = await (from a in db.EncounterAttendees.AsNoTracking()
                              join e in db.Encounters.AsNoTracking() on a.EncounterId equals e.Id
                              where a.YoungPersonId == id
                              select new { e.Id, e.Title, Employer = e.Employer!.OrganisationName, e.StartsAtUtc, a.Attendance })
            .ToListAsync(cancellationToken);
        var encounters = attended
            .Select(a => new SubjectAccessExport.EncounterRecord(a.Id, a.Title, a.Employer, a.StartsAtUtc, a.Attendance?.ToString()))
            .ToList();
        var subject = id.ToString(CultureInfo.InvariantCulture);
        var placementSubjects = placementIds.Select(p => (long)p).ToList();
        var messages = await db.ScheduledMessages.AsNoTracking()
            .Where(m => m.SubjectType == Placements.PlacementReminders.SubjectType && placementSubjects.Contains(m.SubjectId))
            .OrderBy(m => m.DueAtUtc)
            .Select(m => new SubjectAccessExport.MessageRecord(m.Kind, m.RecipientEmail, m.DueAtUtc, m.State.ToString(), m.SentAtUtc))
            .ToListAsync(cancellationToken);
        var auditEntries = await db.AuditEvents.AsNoTracking()
            .Where(a => a.SubjectType == AuditTrail.YoungPerson && a.SubjectId == subject)
            .OrderBy(a => a.Id)
            .Select(a => new SubjectAccessExport.AuditRecord(a.AtUtc, a.UserId, a.Action, a.Detail))
            .ToListAsync(cancellationToken);

        await audit.RecordAsync("Exported everything held (subject access)", AuditTrail.YoungPerson, id, cancellationToken: cancellationToken);
        return new SubjectAccessExport(
            time.GetUtcNow().UtcDateTime,
            person.School?.Name ?? "",
            YoungPersonForm.Describe(person),
            person.Changes.OrderBy(c => c.AtUtc).Select(c => new SubjectAccessExport.ChangeRecord(c.AtUtc, c.ByName, c.Field, c.Before, c.After)).ToList(),
            placements.Select(p => new SubjectAccessExport.PlacementRecord(
                p.Id,
                p.Opening?.Title ?? "",
                p.Opening?.Employer?.OrganisationName ?? "",
                p.State.ToString(),
                p.ProposedAtUtc,
                p.StartsAtUtc,
                p.EndsAtUtc,
                p.MatchScore,
                p.MatchReasons,
                p.OverrideReason,
                p.SupervisorName,
                p.TravelPlan,
                p.EndReason,
                p.OutcomePaidJobOffered,
                p.OutcomeHoursPerWeek,
                p.Transitions.OrderBy(t => t.AtUtc).Select(t => $"{t.AtUtc:yyyy-MM-dd HH:mm}Z {t.From} → {t.To}: {t.Reason}").ToList(),
                p.Rotations.OrderBy(r => r.Number).Select(r => $"{r.Number}. {r.Name}, {r.StartsOn:yyyy-MM-dd} to {r.EndsOn:yyyy-MM-dd}").ToList(),
                p.SupportLog.OrderBy(s => s.WeekStarting).Select(s => $"Week of {s.WeekStarting:yyyy-MM-dd}: {s.DirectSupportHours} hours. {s.NaturalSupports} {s.Notes}".Trim()).ToList(),
                debriefs.Where(d => d.PlacementId == p.Id).Select(d => $"{d.Respondent} on {d.SubmittedAtUtc:yyyy-MM-dd}: rating {d.Rating?.ToString(CultureInfo.InvariantCulture) ?? "none"}. {d.WentWell} {d.CouldBeBetter}".Trim()).ToList())).ToList(),
            encounters,
            messages,
            auditEntries);
    }

    /// <summary>Erases the young person; false if they are unknown or already erased.</summary>
    public async Task<bool> EraseAsync(int id, CancellationToken cancellationToken)
    {
        var person = await db.YoungPeople.Include(p => p.Changes).SingleOrDefaultAsync(p => p.Id == id && p.ErasedAtUtc == null, cancellationToken);
        if (person is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;

        // Keep the school-year cohort (for year-group counts) without the real birthday: 1 September
        // of the academic year they were born in gives the same school year.
        var dob = person.DateOfBirth;
        person.DateOfBirth = new DateOnly(dob.Month >= 9 ? dob.Year : dob.Year - 1, 9, 1);
        person.PreferredName = "Erased record";
        person.HomePostcode = null;
        person.HomeOutwardCode = null;
        person.HomeLocationKnown = false;
        person.Interests = [];
        person.TaskInterests = null;
        person.Strengths = null;
        person.WantsToTry = [];
        person.AvoidSectors = [];
        person.SupportNeeds = default;
        person.AdjustmentsThatWork = null;
        person.EnvironmentToAvoid = default;
        person.Communication = default;
        person.CommunicationNotes = null;
        person.Travel = TravelIndependence.Unknown;
        person.MaxTravelKm = null;
        person.MaxTravelMinutes = null;
        person.AvailableDays = default;
        person.MaxHoursPerWeek = null;
        person.Aspirations = null;
        person.EhcpEmploymentOutcome = null;
        person.ConsentToShareSummary = false;
        person.FamilyContactName = null;
        person.FamilyContactEmail = null;
        person.UpdatedAtUtc = now;
        person.ErasedAtUtc = now;
        db.ProfileChanges.RemoveRange(person.Changes);

        var placements = await db.Placements.Where(p => p.YoungPersonId == id)
            .Include(p => p.Transitions).Include(p => p.SupportLog)
            .ToListAsync(cancellationToken);
        foreach (var placement in placements)
        {
            placement.MatchReasons = null;
            placement.OverrideReason = null;
            placement.TravelPlan = null;
            placement.EndReason = null;
            placement.SupervisorName = null;
            placement.SupervisorEmail = null;
            placement.SupervisorPhone = null;
            placement.Version = Guid.NewGuid();
            foreach (var transition in placement.Transitions)
            {
                transition.Reason = null;
            }

            foreach (var entry in placement.SupportLog)
            {
                entry.NaturalSupports = null;
                entry.Notes = null;
            }

            if (MatchingHolds(placement.State))
            {
                placement.State = PlacementState.Withdrawn;
            }
        }

        var placementIds = placements.Select(p => p.Id).ToList();
        foreach (var debrief in await db.Debriefs.Where(d => (d.PlacementId != null && placementIds.Contains(d.PlacementId.Value)) || d.YoungPersonId == id).ToListAsync(cancellationToken))
        {
            debrief.WentWell = null;
            debrief.CouldBeBetter = null;
        }

        // Nothing more is sent about them; what was sent stays counted, without the address.
        var subjects = placementIds.Select(p => (long)p).ToList();
        // Encounter messages are about a group, so only this young person's family's rows go.
        var familySuffix = ":" + Placements.RecipientIds.Family(id).Id;
        var youngPersonSuffix = ":" + Placements.RecipientIds.YoungPerson(id).Id;
        var messages = db.ScheduledMessages.Where(m =>
            (m.SubjectType == Placements.PlacementReminders.SubjectType && subjects.Contains(m.SubjectId))
            || (m.SubjectType == Encounters.EncounterReminders.SubjectType && (m.DedupeKey.EndsWith(familySuffix) || m.DedupeKey.EndsWith(youngPersonSuffix))));
        foreach (var message in await messages.ToListAsync(cancellationToken))
        {
            if (message.State is MessageState.Pending or MessageState.Failed)
            {
                message.State = MessageState.Cancelled;
                message.CancelledAtUtc = now;
            }

            message.RecipientEmail = "erased@invalid";
            message.RecipientName = null;
        }

        audit.Add("Erased the record", AuditTrail.YoungPerson, id, $"{placements.Count} placements kept as anonymous counts");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static bool MatchingHolds(PlacementState state) =>
        state is PlacementState.Proposed or PlacementState.Agreed or PlacementState.Confirmed;
}

/// <summary>Everything held about one young person, as exported for a subject access request.</summary>
public sealed record SubjectAccessExport(
    DateTime ExportedAtUtc,
    string School,
    IReadOnlyDictionary<string, string?> Profile,
    IReadOnlyList<SubjectAccessExport.ChangeRecord> ProfileChanges,
    IReadOnlyList<SubjectAccessExport.PlacementRecord> Placements,
    IReadOnlyList<SubjectAccessExport.EncounterRecord> Encounters,
    IReadOnlyList<SubjectAccessExport.MessageRecord> Messages,
    IReadOnlyList<SubjectAccessExport.AuditRecord> AuditLog)
{
    public sealed record ChangeRecord(DateTime AtUtc, string By, string Field, string? Before, string? After);

    public sealed record PlacementRecord(
        int Id, string Opening, string Employer, string State, DateTime ProposedAtUtc, DateTime? StartsAtUtc, DateTime? EndsAtUtc,
        int? MatchScore, string? MatchReasons, string? OverrideReason, string? SupervisorName, string? TravelPlan, string? EndReason,
        bool? PaidJobOffered, decimal? OutcomeHoursPerWeek, IReadOnlyList<string> History, IReadOnlyList<string> Rotations,
        IReadOnlyList<string> SupportLog, IReadOnlyList<string> Debriefs);

    public sealed record EncounterRecord(int Id, string Title, string Employer, DateTime StartsAtUtc, string? Attendance);

    public sealed record MessageRecord(string Kind, string Recipient, DateTime DueAtUtc, string State, DateTime? SentAtUtc);

    public sealed record AuditRecord(DateTime AtUtc, string? UserId, string Action, string? Detail);
}
