namespace SendCareers.Domain.People.Import;

public enum RowOutcomeKind
{
    New,
    Update,
    Unchanged,
    Refused,
}

/// <summary>A field an import changes on someone already there; dates as yyyy-MM-dd.</summary>
public sealed record FieldChange(ImportField Field, string? Before, string? After);

/// <summary>What confirming would do with one row of the file (row numbers count the header as row 1).</summary>
public sealed record RowOutcome(int RowNumber, RowOutcomeKind Kind, ImportedPerson? Person, int? ExistingId, IReadOnlyList<FieldChange> Changes, string? Reason)
{
    public static RowOutcome Refused(int row, string reason, ImportedPerson? person = null) => new(row, RowOutcomeKind.Refused, person, null, [], reason);
}
