using System.Globalization;

namespace SendCareers.Domain.People.Import;

/// <summary>
/// Decides what confirming an upload would do with each row: someone new, an update to someone already
/// at the school (found by UPN, else by legal name and date of birth), no change, or refused with the
/// reason. A row that repeats an earlier one, or finds the same person as an earlier one, is refused, so
/// nobody is imported twice. Empty cells never clear what is already recorded.
/// </summary>
public static class ImportPlanner
{
    public sealed record ReadRow(int RowNumber, ImportedPerson? Person, string? Reason);

    public static IReadOnlyList<RowOutcome> Plan(IReadOnlyList<ReadRow> rows, IReadOnlyList<ExistingPerson> existing, IReadOnlySet<string> upnsElsewhere)
    {
        var byUpn = existing.Where(e => e.Upn is not null).GroupBy(e => e.Upn!).ToDictionary(g => g.Key, g => g.First());
        var byLegalName = existing.Where(e => e.LegalFirstName is not null && e.LegalSurname is not null)
            .ToLookup(e => NameKey(e.LegalFirstName!, e.LegalSurname!, e.DateOfBirth));
        var withoutLegalName = existing.Where(e => e.LegalSurname is null).ToLookup(e => (PersonName.FirstName(e.PreferredName).ToUpperInvariant(), e.DateOfBirth));

        var seenUpn = new Dictionary<string, int>();
        var seenName = new Dictionary<string, int>();
        var seenPerson = new Dictionary<int, int>();
        var outcomes = new List<RowOutcome>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Person is not { } p)
            {
                outcomes.Add(RowOutcome.Refused(row.RowNumber, row.Reason ?? "This row could not be read"));
                continue;
            }

            var nameKey = NameKey(p.LegalFirstName, p.LegalSurname, p.DateOfBirth);
            if (p.Upn is not null && seenUpn.TryGetValue(p.Upn, out var earlierUpn))
            {
                outcomes.Add(RowOutcome.Refused(row.RowNumber, $"Same UPN as row {earlierUpn}: imported once only", p));
                continue;
            }

            if (seenName.TryGetValue(nameKey, out var earlierName))
            {
                outcomes.Add(RowOutcome.Refused(row.RowNumber, $"Same legal name and date of birth as row {earlierName}: imported once only", p));
                continue;
            }

            if (p.Upn is not null)
            {
                seenUpn[p.Upn] = row.RowNumber;
            }

            seenName[nameKey] = row.RowNumber;

            ExistingPerson? match = null;
            var matchedOnUpn = false;
            if (p.Upn is not null && byUpn.TryGetValue(p.Upn, out var onUpn))
            {
                match = onUpn;
                matchedOnUpn = true;
            }
            else if (p.Upn is not null && upnsElsewhere.Contains(p.Upn))
            {
                outcomes.Add(RowOutcome.Refused(row.RowNumber, "This UPN belongs to a young person at another school or college in the hub", p));
                continue;
            }
            else if (byLegalName[nameKey].ToList() is { Count: > 0 } onName)
            {
                match = onName[0];
            }
            else if (withoutLegalName[(p.LegalFirstName.ToUpperInvariant(), p.DateOfBirth)].ToList() is { Count: 1 } onFirstName)
            {
                match = onFirstName[0]; // added by hand before legal names were kept: same first name and birthday
            }
            else if (p.PreferredName is not null && withoutLegalName[(PersonName.FirstName(p.PreferredName).ToUpperInvariant(), p.DateOfBirth)].ToList() is { Count: 1 } onPreferred)
            {
                match = onPreferred[0];
            }

            if (match is null)
            {
                outcomes.Add(new RowOutcome(row.RowNumber, RowOutcomeKind.New, p, null, [], null));
                continue;
            }

            // A temporary UPN is replaced by the permanent one when it comes: that is an update, not a clash.
            if (!matchedOnUpn && p.Upn is not null && match.Upn is not null && match.Upn != p.Upn && !UniquePupilNumber.IsTemporary(match.Upn))
            {
                outcomes.Add(RowOutcome.Refused(row.RowNumber, "A young person with this legal name and date of birth has a different UPN on SendCareers", p));
                continue;
            }

            if (seenPerson.TryGetValue(match.Id, out var earlierPerson))
            {
                outcomes.Add(RowOutcome.Refused(row.RowNumber, $"Finds the same young person as row {earlierPerson}: imported once only", p));
                continue;
            }

            seenPerson[match.Id] = row.RowNumber;
            var changes = Changes(match, p);
            outcomes.Add(new RowOutcome(row.RowNumber, changes.Count == 0 ? RowOutcomeKind.Unchanged : RowOutcomeKind.Update, p, match.Id, changes, null));
        }

        return outcomes;
    }

    private static List<FieldChange> Changes(ExistingPerson e, ImportedPerson p)
    {
        var changes = new List<FieldChange>();
        void Compare(ImportField field, string? before, string? after)
        {
            if (after is not null && !string.Equals(before, after, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, before, after));
            }
        }

        Compare(ImportField.Upn, e.Upn, p.Upn);
        Compare(ImportField.LegalFirstName, e.LegalFirstName, p.LegalFirstName);
        Compare(ImportField.LegalSurname, e.LegalSurname, p.LegalSurname);
        Compare(ImportField.PreferredFirstName, e.PreferredName, p.PreferredName);
        Compare(ImportField.DateOfBirth, Iso(e.DateOfBirth), Iso(p.DateOfBirth));
        Compare(ImportField.HomePostcode, e.HomePostcode, p.HomePostcode);
        return changes;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string NameKey(string first, string surname, DateOnly dob) =>
        $"{first.Trim().ToUpperInvariant()}|{surname.Trim().ToUpperInvariant()}|{Iso(dob)}";
}
