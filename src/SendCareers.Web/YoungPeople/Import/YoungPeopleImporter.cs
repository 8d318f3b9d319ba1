using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.People.Import;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.YoungPeople.Import;

/// <summary>
/// Upload, columns, preview, confirm and undo of a file of young people. A job coach imports into their
/// own school or college, a hub administrator into any; an upload not yet confirmed is seen only by the
/// person who uploaded it. Confirming is one transaction, audited; undo is open for a day.
/// </summary>
public sealed class YoungPeopleImporter(AppDbContext db, IHttpContextAccessor http, OutcodeDirectory outcodes, AuditTrail audit, TimeProvider time)
{
    public const string AuditSubject = "YoungPeopleImport";
    public static readonly TimeSpan UndoWindow = TimeSpan.FromDays(1);

    private System.Security.Claims.ClaimsPrincipal User => http.HttpContext?.User ?? new();

    public sealed record UndoRecord(List<int> Created, List<UpdateRecord> Updated);

    public sealed record UpdateRecord(int Id, List<FieldChange> Changes);

    /// <summary>The import with this id, if this person may see it; null otherwise (the page answers 404).</summary>
    public async Task<YoungPeopleImport?> FindAsync(string? publicId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(publicId) || publicId.Length > 32)
        {
            return null;
        }

        var import = await db.YoungPeopleImports.FirstOrDefaultAsync(i => i.PublicId == publicId, cancellationToken);
        if (import is null)
        {
            return null;
        }

        var userId = User.UserId();
        if (import.State == ImportState.Uploaded)
        {
            return import.UploadedByUserId == userId ? import : null;
        }

        return User.IsHubAdmin() || User.SchoolId() == import.SchoolId ? import : null;
    }

    /// <summary>Confirmed and undone imports this person may see, newest first.</summary>
    public async Task<List<YoungPeopleImport>> RecentAsync(CancellationToken cancellationToken)
    {
        var query = db.YoungPeopleImports.AsNoTracking().Where(i => i.State != ImportState.Uploaded);
        if (!User.IsHubAdmin())
        {
            var schoolId = User.SchoolId() ?? -1;
            query = query.Where(i => i.SchoolId == schoolId);
        }

        return await query.OrderByDescending(i => i.Id).Take(10).ToListAsync(cancellationToken);
    }

    public async Task<YoungPeopleImport> CreateAsync(int schoolId, string fileName, UploadedTable table, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Uploads never confirmed are personal data with no use after a day: drop them.
        var stale = now - UndoWindow;
        await db.YoungPeopleImports.Where(i => i.State == ImportState.Uploaded && i.UploadedAtUtc < stale).ExecuteDeleteAsync(cancellationToken);
        var name = Path.GetFileName(fileName);
        var import = new YoungPeopleImport
        {
            PublicId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            SchoolId = schoolId,
            UploadedByUserId = User.UserId() ?? "",
            UploadedByName = User.FindFirst(AppClaimsPrincipalFactory.DisplayName)?.Value ?? User.Identity?.Name ?? "",
            UploadedAtUtc = now,
            FileName = name.Length > 200 ? name[..200] : name,
            State = ImportState.Uploaded,
            HeadersJson = JsonSerializer.Serialize(table.Headers),
            RowsJson = JsonSerializer.Serialize(table.Rows),
            RowCount = table.Rows.Count,
        };
        db.YoungPeopleImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return import;
    }

    public static IReadOnlyList<string> Headers(YoungPeopleImport import) => JsonSerializer.Deserialize<List<string>>(import.HeadersJson) ?? [];

    public static Dictionary<ImportField, string> Mapping(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<Dictionary<ImportField, string>>(json) ?? [];

    /// <summary>The columns chosen last time for this school, or guessed from the headers.</summary>
    public async Task<Dictionary<ImportField, string?>> SuggestedMappingAsync(YoungPeopleImport import, CancellationToken cancellationToken)
    {
        if (import.MappingJson is not null)
        {
            return ImportColumns.Guess(Headers(import), Mapping(import.MappingJson));
        }

        var remembered = await db.ImportColumnMappings.AsNoTracking().Where(m => m.SchoolId == import.SchoolId).Select(m => m.MappingJson).FirstOrDefaultAsync(cancellationToken);
        return ImportColumns.Guess(Headers(import), Mapping(remembered));
    }

    /// <summary>Keeps the chosen columns on the upload and remembers them for the school's next import.</summary>
    public async Task SaveMappingAsync(YoungPeopleImport import, Dictionary<ImportField, string> mapping, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(mapping);
        import.MappingJson = json;
        var remembered = await db.ImportColumnMappings.FirstOrDefaultAsync(m => m.SchoolId == import.SchoolId, cancellationToken);
        if (remembered is null)
        {
            db.ImportColumnMappings.Add(remembered = new ImportColumnMapping { SchoolId = import.SchoolId });
        }

        remembered.MappingJson = json;
        remembered.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A row as the file gave it, for the preview of rows that could not be read: name, date of birth and year.</summary>
    public sealed record RowAsGiven(string FirstName, string Surname, string DateOfBirth, string YearGroup);

    /// <summary>What confirming would do with each row, with each refused row's cells as given, so the person can find it.</summary>
    public async Task<(IReadOnlyList<RowOutcome> Outcomes, IReadOnlyDictionary<int, RowAsGiven> Refused)> PreviewWithCellsAsync(YoungPeopleImport import, CancellationToken cancellationToken)
    {
        var outcomes = await PreviewAsync(import, cancellationToken);
        var headers = Headers(import);
        var mapping = Mapping(import.MappingJson);
        var cells = JsonSerializer.Deserialize<List<string[]>>(import.RowsJson ?? "[]") ?? [];
        string Cell(string[] row, ImportField field)
        {
            var index = mapping.TryGetValue(field, out var header) ? headers.ToList().FindIndex(h => h.Equals(header, StringComparison.OrdinalIgnoreCase)) : -1;
            var text = index >= 0 && index < row.Length ? row[index].Trim() : "";
            return text.Length > 50 ? text[..50] + "…" : text;
        }

        var refused = outcomes.Where(o => o.Kind == RowOutcomeKind.Refused && o.RowNumber - 2 < cells.Count)
            .ToDictionary(o => o.RowNumber, o =>
            {
                var row = cells[o.RowNumber - 2];
                return new RowAsGiven(Cell(row, ImportField.LegalFirstName), Cell(row, ImportField.LegalSurname), Cell(row, ImportField.DateOfBirth), Cell(row, ImportField.YearGroup));
            });
        return (outcomes, refused);
    }

    /// <summary>What confirming would do with each row, against the school's young people as they are now.</summary>
    public async Task<IReadOnlyList<RowOutcome>> PreviewAsync(YoungPeopleImport import, CancellationToken cancellationToken)
    {
        var headers = Headers(import);
        var mapping = Mapping(import.MappingJson);
        var columns = mapping
            .Select(m => (m.Key, Index: headers.ToList().FindIndex(h => h.Equals(m.Value, StringComparison.OrdinalIgnoreCase))))
            .Where(m => m.Index >= 0)
            .ToDictionary(m => m.Key, m => m.Index);
        var today = UkTimeZone.Today(time);
        var cells = JsonSerializer.Deserialize<List<string[]>>(import.RowsJson ?? "[]") ?? [];
        var rows = cells.Select((row, i) =>
        {
            var (person, reason) = ImportRowReader.Read(row, columns, today);
            return new ImportPlanner.ReadRow(i + 2, person, reason);
        }).ToList();

        var existing = await db.YoungPeople.AsNoTracking()
            .Where(p => p.SchoolId == import.SchoolId && p.ErasedAtUtc == null)
            .Select(p => new ExistingPerson(p.Id, p.Upn, p.LegalFirstName, p.LegalSurname, p.PreferredName, p.DateOfBirth, p.HomePostcode))
            .ToListAsync(cancellationToken);
        var fileUpns = rows.Select(r => r.Person?.Upn).OfType<string>().Distinct().ToList();
        var elsewhere = await db.YoungPeople.AsNoTracking()
            .Where(p => p.SchoolId != import.SchoolId && p.Upn != null && fileUpns.Contains(p.Upn))
            .Select(p => p.Upn!)
            .ToListAsync(cancellationToken);
        return ImportPlanner.Plan(rows, existing, elsewhere.ToHashSet());
    }

    /// <summary>
    /// Saves the rows the preview showed as new or updated, in one transaction, and audits it. False when
    /// it was already confirmed (a second click) or a UPN was taken meanwhile; nothing is then saved.
    /// </summary>
    public async Task<bool> ConfirmAsync(YoungPeopleImport import, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = UkTimeZone.Today(time);
        var userId = User.UserId();
        var byName = User.FindFirst(AppClaimsPrincipalFactory.DisplayName)?.Value ?? User.Identity?.Name ?? "";
        var recorder = new StatusHistory.Recorder(now, userId, byName);
        var plan = await PreviewAsync(import, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var claimed = await db.YoungPeopleImports
                    .Where(i => i.Id == import.Id && i.State == ImportState.Uploaded)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.State, ImportState.Confirmed), cancellationToken);
                if (claimed == 0)
                {
                    return false;
                }

                var created = new List<YoungPerson>();
                foreach (var row in plan.Where(r => r.Kind == RowOutcomeKind.New))
                {
                    var p = row.Person!;
                    var person = new YoungPerson
                    {
                        SchoolId = import.SchoolId,
                        PreferredName = p.PreferredName ?? p.LegalFirstName,
                        LegalFirstName = p.LegalFirstName,
                        LegalSurname = p.LegalSurname,
                        Upn = p.Upn,
                        DateOfBirth = p.DateOfBirth,
                        HasEhcp = p.HasEhcp ?? false,
                        CreatedAtUtc = now,
                        UpdatedAtUtc = now,
                    };
                    SetPostcode(person, p.HomePostcode);
                    person.StatusChanges.Add(StatusHistory.Added(person, today, recorder));
                    person.Changes.Add(new ProfileChange { AtUtc = now, ByUserId = userId, ByName = byName, Field = "Imported", After = $"From {import.FileName}" });
                    created.Add(person);
                }

                db.YoungPeople.AddRange(created);
                var updates = plan.Where(r => r.Kind == RowOutcomeKind.Update).ToList();
                var updateIds = updates.Select(u => u.ExistingId!.Value).ToList();
                var tracked = await db.YoungPeople.Where(p => updateIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
                foreach (var row in updates)
                {
                    var person = tracked[row.ExistingId!.Value];
                    foreach (var change in row.Changes)
                    {
                        Set(person, change.Field, change.After);
                        person.Changes.Add(new ProfileChange { AtUtc = now, ByUserId = userId, ByName = byName, Field = FieldLabel(change.Field), Before = Display(change.Field, change.Before), After = Display(change.Field, change.After) });
                    }

                    person.UpdatedAtUtc = now;
                }

                await db.SaveChangesAsync(cancellationToken);
                var saved = await db.YoungPeopleImports.FirstAsync(i => i.Id == import.Id, cancellationToken);
                saved.State = ImportState.Confirmed;
                saved.ConfirmedAtUtc = now;
                saved.ConfirmedByUserId = userId;
                saved.RowsJson = null;
                saved.CreatedCount = created.Count;
                saved.UpdatedCount = updates.Count;
                saved.UnchangedCount = plan.Count(r => r.Kind == RowOutcomeKind.Unchanged);
                saved.RefusedCount = plan.Count(r => r.Kind == RowOutcomeKind.Refused);
                saved.UndoJson = JsonSerializer.Serialize(new UndoRecord(created.Select(c => c.Id).ToList(), updates.Select(u => new UpdateRecord(u.ExistingId!.Value, u.Changes.ToList())).ToList()));
                audit.Add("Imported young people", AuditSubject, saved.Id, $"{saved.CreatedCount} added, {saved.UpdatedCount} updated, {saved.UnchangedCount} unchanged, {saved.RefusedCount} refused; school {saved.SchoolId}");
                foreach (var person in created)
                {
                    audit.Add("Added profile by import", AuditTrail.YoungPerson, person.Id, $"Import {saved.Id}");
                }

                foreach (var row in updates)
                {
                    audit.Add("Changed profile by import", AuditTrail.YoungPerson, row.ExistingId!.Value, $"Import {saved.Id}; fields: " + string.Join(", ", row.Changes.Select(c => FieldLabel(c.Field))));
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            });
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public bool CanUndo(YoungPeopleImport import) =>
        import.State == ImportState.Confirmed && import.ConfirmedAtUtc is { } at && time.GetUtcNow().UtcDateTime - at < UndoWindow;

    /// <summary>
    /// Removes the people the import added, unless something has been recorded for them since, and puts
    /// back the fields it changed, unless someone has changed them again since. One transaction, audited.
    /// </summary>
    public async Task<bool> UndoAsync(YoungPeopleImport import, CancellationToken cancellationToken)
    {
        if (!CanUndo(import))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var confirmedAt = import.ConfirmedAtUtc!.Value;
        var record = JsonSerializer.Deserialize<UndoRecord>(import.UndoJson ?? "null") ?? new UndoRecord([], []);
        var userId = User.UserId();
        var byName = User.FindFirst(AppClaimsPrincipalFactory.DisplayName)?.Value ?? User.Identity?.Name ?? "";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.YoungPeopleImports
            .Where(i => i.Id == import.Id && i.State == ImportState.Confirmed)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.State, ImportState.Undone), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var createdIds = record.Created;
        var busy = new HashSet<int>();
        busy.UnionWith(await db.Placements.Where(p => createdIds.Contains(p.YoungPersonId)).Select(p => p.YoungPersonId).ToListAsync(cancellationToken));
        busy.UnionWith(await db.EncounterAttendees.Where(a => createdIds.Contains(a.YoungPersonId)).Select(a => a.YoungPersonId).ToListAsync(cancellationToken));
        busy.UnionWith(await db.Destinations.Where(d => createdIds.Contains(d.YoungPersonId)).Select(d => d.YoungPersonId).ToListAsync(cancellationToken));
        busy.UnionWith(await db.PreparingForAdulthoodReviews.Where(r => createdIds.Contains(r.YoungPersonId)).Select(r => r.YoungPersonId).ToListAsync(cancellationToken));
        busy.UnionWith(await db.YoungPeople.Where(p => createdIds.Contains(p.Id) && (p.UpdatedAtUtc > confirmedAt || p.ErasedAtUtc != null)).Select(p => p.Id).ToListAsync(cancellationToken));
        var removable = createdIds.Where(id => !busy.Contains(id)).ToList();
        var removed = await db.YoungPeople.Where(p => removable.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);

        var updateIds = record.Updated.Select(u => u.Id).ToList();
        var people = await db.YoungPeople.Where(p => updateIds.Contains(p.Id) && p.ErasedAtUtc == null).ToDictionaryAsync(p => p.Id, cancellationToken);
        var restored = 0;
        var keptFields = 0;
        foreach (var update in record.Updated)
        {
            if (!people.TryGetValue(update.Id, out var person))
            {
                continue;
            }

            foreach (var change in update.Changes)
            {
                if (Get(person, change.Field) != change.After)
                {
                    keptFields++;
                    continue;
                }

                Set(person, change.Field, change.Before);
                person.Changes.Add(new ProfileChange { AtUtc = now, ByUserId = userId, ByName = byName, Field = FieldLabel(change.Field), Before = Display(change.Field, change.After), After = Display(change.Field, change.Before) });
                restored++;
            }

            person.UpdatedAtUtc = now;
        }

        var note = new List<string> { $"{removed} {(removed == 1 ? "young person" : "young people")} removed", $"{restored} {(restored == 1 ? "field" : "fields")} put back" };
        if (busy.Count > 0)
        {
            note.Add($"{busy.Count} kept because something has been recorded for them since the import");
        }

        if (keptFields > 0)
        {
            note.Add($"{keptFields} {(keptFields == 1 ? "field" : "fields")} left as they are because someone changed them after the import");
        }

        var saved = await db.YoungPeopleImports.FirstAsync(i => i.Id == import.Id, cancellationToken);
        saved.State = ImportState.Undone;
        saved.UndoneAtUtc = now;
        saved.UndoNote = string.Join("; ", note);
        audit.Add("Undid import of young people", AuditSubject, saved.Id, saved.UndoNote);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public static string FieldLabel(ImportField field) => field switch
    {
        ImportField.Upn => "UPN",
        ImportField.LegalFirstName => "Legal first name",
        ImportField.LegalSurname => "Legal surname",
        ImportField.PreferredFirstName => "Preferred name",
        ImportField.DateOfBirth => "Date of birth",
        ImportField.HomePostcode => "Home postcode",
        _ => ImportColumns.Of(field).Label,
    };

    public static string? Display(ImportField field, string? raw) =>
        field == ImportField.DateOfBirth && DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? UkFormat.Date(d) : raw;

    private void SetPostcode(YoungPerson person, string? text)
    {
        if (Postcode.TryParse(text, out var postcode))
        {
            person.HomePostcode = postcode.ToString();
            person.HomeOutwardCode = postcode.Outward;
            person.HomeLocationKnown = outcodes.IsKnown(postcode.Outward);
        }
        else
        {
            person.HomePostcode = null;
            person.HomeOutwardCode = null;
            person.HomeLocationKnown = false;
        }
    }

    private static string? Get(YoungPerson p, ImportField field) => field switch
    {
        ImportField.Upn => p.Upn,
        ImportField.LegalFirstName => p.LegalFirstName,
        ImportField.LegalSurname => p.LegalSurname,
        ImportField.PreferredFirstName => p.PreferredName,
        ImportField.DateOfBirth => ImportPlanner.Iso(p.DateOfBirth),
        ImportField.HomePostcode => p.HomePostcode,
        _ => null,
    };

    private void Set(YoungPerson p, ImportField field, string? value)
    {
        switch (field)
        {
            case ImportField.Upn:
                p.Upn = value;
                break;
            case ImportField.LegalFirstName:
                p.LegalFirstName = value;
                break;
            case ImportField.LegalSurname:
                p.LegalSurname = value;
                break;
            case ImportField.PreferredFirstName when value is not null:
                p.PreferredName = value;
                break;
            case ImportField.DateOfBirth when value is not null:
                p.DateOfBirth = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            case ImportField.HomePostcode:
                SetPostcode(p, value);
                break;
        }
    }
}
