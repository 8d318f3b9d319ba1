using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.YoungPeople;

public sealed partial class PersonalRecords
{
    public const string ErasedOnRequest = "Erased the record";

    public const string ErasedByRetentionRule = "Erased by the retention rule";

    /// <summary>Erases the young person on a hub administrator's request; false if they are unknown or already erased.</summary>
    public Task<bool> EraseAsync(int id, CancellationToken cancellationToken) => EraseAsync(id, ErasedOnRequest, cancellationToken);

    /// <summary>Erases the young person, writing <paramref name="auditAction"/> in the audit log; false if they are unknown or already erased.</summary>
    public async Task<bool> EraseAsync(int id, string auditAction, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var person = await db.YoungPeople.Include(p => p.Changes).Include(p => p.StatusChanges).SingleOrDefaultAsync(p => p.Id == id && p.ErasedAtUtc == null, cancellationToken);
        if (person is null)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        EraseProfile(person, now);
        db.ProfileChanges.RemoveRange(person.Changes);

        // When their EHCP and school or college changed stays, so the NDTi table still counts each year as
        // it was; who recorded it goes.
        foreach (var change in person.StatusChanges)
        {
            change.RecordedByUserId = null;
            change.RecordedByName = "";
        }

        var placements = await db.Placements.Where(p => p.YoungPersonId == id)
            .Include(p => p.Transitions).Include(p => p.SupportLog)
            .ToListAsync(cancellationToken);
        foreach (var placement in placements)
        {
            ErasePlacement(placement);
        }

        var placementIds = placements.Select(p => p.Id).ToList();
        foreach (var debrief in await DebriefsAbout(id, placementIds).ToListAsync(cancellationToken))
        {
            debrief.WentWell = null;
            debrief.CouldBeBetter = null;
        }

        // Dates, kinds and hours stay for the NDTi and destination counts; the words go.
        foreach (var review in await db.PreparingForAdulthoodReviews.Where(r => r.YoungPersonId == id).ToListAsync(cancellationToken))
        {
            review.Notes = null;
        }

        foreach (var destination in await db.Destinations.Where(d => d.YoungPersonId == id).ToListAsync(cancellationToken))
        {
            destination.Notes = null;
            destination.FamilyFeedback = null;
        }

        // Nothing more is sent about them; what was sent stays counted, without the address.
        foreach (var message in await MessagesAbout(id, placementIds).ToListAsync(cancellationToken))
        {
            if (message.State is MessageState.Pending or MessageState.Failed)
            {
                message.State = MessageState.Cancelled;
                message.CancelledAtUtc = now;
            }

            message.RecipientEmail = "erased@invalid";
            message.RecipientName = null;
        }

        await ForgetInImportsAsync(person.Id, person.SchoolId, cancellationToken);
        audit.Add(auditAction, AuditTrail.YoungPerson, id, $"{placements.Count} placements kept as anonymous counts");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static void EraseProfile(YoungPerson person, DateTime now)
    {
        // Keep the school-year cohort without the real birthday: the cohort's last day, 31 August. It
        // gives the same year group, and the same age on every 1 September (the NDTi's 14-25 rule) for
        // everyone but those born on 1 September itself; the cohort's first day would make most a year older.
        var dob = person.DateOfBirth;
        person.DateOfBirth = new DateOnly(dob.Month >= 9 ? dob.Year + 1 : dob.Year, 8, 31);
        person.PreferredName = "Erased record";
        person.LegalFirstName = null;
        person.LegalSurname = null;
        person.Upn = null;
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
    }

    private static void ErasePlacement(Placement placement)
    {
        placement.MatchReasons = null;
        placement.OverrideReason = null;
        placement.TravelPlan = null;
        placement.EndReason = null;
        placement.SupervisorName = null;
        placement.SupervisorEmail = null;
        placement.SupervisorPhone = null;
        placement.HandoverNotes = null;
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

        if (placement.State is PlacementState.Proposed or PlacementState.Agreed or PlacementState.Confirmed)
        {
            placement.State = PlacementState.Withdrawn;
        }
    }

    /// <summary>
    /// Imports keep names only for a day: an upload not yet confirmed holds the file's cells, and a
    /// confirmed one what undo would put back. Erasing someone drops both for their school at once.
    /// </summary>
    private async Task ForgetInImportsAsync(int id, int schoolId, CancellationToken cancellationToken)
    {
        await db.YoungPeopleImports.Where(i => i.SchoolId == schoolId && i.State == ImportState.Uploaded).ExecuteDeleteAsync(cancellationToken);
        foreach (var import in await db.YoungPeopleImports.Where(i => i.SchoolId == schoolId && i.UndoJson != null).ToListAsync(cancellationToken))
        {
            var record = System.Text.Json.JsonSerializer.Deserialize<Import.YoungPeopleImporter.UndoRecord>(import.UndoJson!);
            if (record is not null && (record.Created.Contains(id) || record.Updated.Any(u => u.Id == id)))
            {
                record.Created.Remove(id);
                record.Updated.RemoveAll(u => u.Id == id);
                import.UndoJson = System.Text.Json.JsonSerializer.Serialize(record);
            }
        }
    }

    /// <summary>
    /// The daily tidy-up of imports, run with the retention rule: uploads never confirmed are deleted a day
    /// after upload, and what undo needs is dropped once undo has closed.
    /// </summary>
    public async Task<int> ForgetImportLeftoversAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().UtcDateTime - Import.YoungPeopleImporter.UndoWindow;
        var deleted = await db.YoungPeopleImports.Where(i => i.State == ImportState.Uploaded && i.UploadedAtUtc < before).ExecuteDeleteAsync(cancellationToken);
        var cleared = await db.YoungPeopleImports.Where(i => i.UndoJson != null && i.ConfirmedAtUtc < before)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UndoJson, (string?)null), cancellationToken);
        return deleted + cleared;
    }
}
