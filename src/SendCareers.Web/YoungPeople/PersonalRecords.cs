using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Ndti;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Debriefs;
using SendCareers.Web.Reminders;
using SendCareers.Web.Security;

namespace SendCareers.Web.YoungPeople;

/// <summary>
/// Subject access and erasure for one young person (UK GDPR articles 15 and 17): everything held about
/// them, gathered in one place; and erasure that removes what identifies them while keeping what the
/// hub's anonymous counts need (their school, EHCP and when each changed, Career SEND group and school-year cohort).
/// </summary>
public sealed partial class PersonalRecords(AppDbContext db, AuditTrail audit, TimeProvider time)
{
    /// <summary>Everything held about the young person, ready to serialise as JSON; null if unknown or erased.</summary>
    public async Task<SubjectAccessExport?> ExportAsync(int id, CancellationToken cancellationToken)
    {
        var person = await db.YoungPeople.AsNoTracking().Include(p => p.School).Include(p => p.Changes).Include(p => p.StatusChanges)
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
        var debriefs = await DebriefsAbout(id, placementIds).AsNoTracking().OrderBy(d => d.SubmittedAtUtc).ToListAsync(cancellationToken);
        var attended = await (from a in db.EncounterAttendees.AsNoTracking()
                              join e in db.Encounters.AsNoTracking() on a.EncounterId equals e.Id
                              where a.YoungPersonId == id
                              orderby e.StartsAtUtc
                              select new { e.Id, e.Title, Employer = e.Employer!.OrganisationName, e.StartsAtUtc, a.Attendance })
            .ToListAsync(cancellationToken);
        var encounters = attended
            .Select(a => new SubjectAccessExport.EncounterRecord(
                a.Id, a.Title, a.Employer, a.StartsAtUtc, a.Attendance?.ToString(),
                debriefs.Where(d => d.EncounterId == a.Id).Select(DescribeDebrief).ToList()))
            .ToList();
        var reviews = await db.PreparingForAdulthoodReviews.AsNoTracking().Where(r => r.YoungPersonId == id).OrderBy(r => r.HeldOn)
            .Select(r => new SubjectAccessExport.ReviewRecord(r.HeldOn, r.EmploymentFocused, r.Notes))
            .ToListAsync(cancellationToken);
        var destinations = (await db.Destinations.AsNoTracking().Where(d => d.YoungPersonId == id).OrderBy(d => d.CheckpointOn).ToListAsync(cancellationToken))
            .Select(d => new SubjectAccessExport.DestinationRecord(d.LeftOn, d.CheckpointOn, d.Kind.Describe(), d.PaidHoursPerWeek, d.Notes, d.FamilyFeedback))
            .ToList();
        var messages = await MessagesAbout(id, placementIds).AsNoTracking()
            .OrderBy(m => m.DueAtUtc)
            .Select(m => new SubjectAccessExport.MessageRecord(m.Kind, m.RecipientEmail, m.DueAtUtc, m.State.ToString(), m.SentAtUtc))
            .ToListAsync(cancellationToken);
        var schoolNames = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var statusHistory = person.StatusChanges.OrderBy(c => c.RecordedAtUtc).ThenBy(c => c.Id)
            .Select(c => new SubjectAccessExport.StatusChangeRecord(c.EffectiveFrom, string.Join("; ", StatusHistory.Describe([c], schoolNames)), c.RecordedAtUtc, c.RecordedByName))
            .ToList();
        var subject = id.ToString(CultureInfo.InvariantCulture);
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
            statusHistory,
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
                p.NextStep?.ToString(),
                p.HandoverNotes,
                p.Transitions.OrderBy(t => t.AtUtc).Select(t => $"{t.AtUtc:yyyy-MM-dd HH:mm}Z {t.From} → {t.To}: {t.Reason}").ToList(),
                p.Rotations.OrderBy(r => r.Number).Select(r => $"{r.Number}. {r.Name}, {r.StartsOn:yyyy-MM-dd} to {r.EndsOn:yyyy-MM-dd}").ToList(),
                p.SupportLog.OrderBy(s => s.WeekStarting).Select(s => $"Week of {s.WeekStarting:yyyy-MM-dd}: {s.DirectSupportHours} hours. {s.NaturalSupports} {s.Notes}".Trim()).ToList(),
                debriefs.Where(d => d.PlacementId == p.Id).Select(DescribeDebrief).ToList())).ToList(),
            encounters,
            reviews,
            destinations,
            messages,
            auditEntries);
    }

    private static string DescribeDebrief(Debrief d) =>
        string.Join(" ", new[]
        {
            $"{d.Respondent} on {d.SubmittedAtUtc:yyyy-MM-dd}: rating {d.Rating?.ToString(CultureInfo.InvariantCulture) ?? "none"}.",
            DebriefChoices.TopicsText(d.Liked) is { } liked ? $"Liked: {liked}." : null,
            DebriefChoices.TopicsText(d.FoundHard) is { } hard ? $"Found hard: {hard}." : null,
            d.WouldGoAgain is { } again ? $"Would go again: {DebriefChoices.GoAgainText(again)}." : null,
            d.WentWell,
            d.CouldBeBetter,
        }.Where(part => !string.IsNullOrEmpty(part)));

    /// <summary>Answers about their placements (any respondent, employers included) and their own Easy Read answers about encounters.</summary>
    private IQueryable<Debrief> DebriefsAbout(int id, IReadOnlyCollection<int> placementIds) =>
        db.Debriefs.Where(d => (d.PlacementId != null && placementIds.Contains(d.PlacementId.Value)) || d.YoungPersonId == id);

    /// <summary>
    /// E-mails about their placements, and the encounter e-mails addressed to them or their family:
    /// encounter e-mails are about a group, so only the rows for this young person's addresses count.
    /// </summary>
    private IQueryable<ScheduledMessage> MessagesAbout(int id, IReadOnlyCollection<int> placementIds)
    {
        var subjects = placementIds.Select(p => (long)p).ToList();
        var familySuffix = ":" + RecipientIds.Family(id).Id;
        var youngPersonSuffix = ":" + RecipientIds.YoungPerson(id).Id;
        return db.ScheduledMessages.Where(m =>
            (m.SubjectType == SubjectTypes.Placement && subjects.Contains(m.SubjectId))
            || (m.SubjectType == SubjectTypes.Encounter && (m.DedupeKey.EndsWith(familySuffix) || m.DedupeKey.EndsWith(youngPersonSuffix))));
    }
}
