namespace SendCareers.Web.Data.Entities;

/// <summary>
/// A file of young people from a school's records system, from upload to confirmation (and undo).
/// Until it is confirmed nothing else changes: the parsed cells wait here, seen only by the person who
/// uploaded them, and are cleared once confirmed; what undo needs is kept instead.
/// </summary>
public class YoungPeopleImport
{
    public int Id { get; set; }

    /// <summary>The random id in the address; the row's own id is never shown.</summary>
    public string PublicId { get; set; } = "";

    public int SchoolId { get; set; }

    public string UploadedByUserId { get; set; } = "";

    public string UploadedByName { get; set; } = "";

    public DateTime UploadedAtUtc { get; set; }

    public string FileName { get; set; } = "";

    public ImportState State { get; set; }

    /// <summary>The header row, as JSON (a list of strings).</summary>
    public string HeadersJson { get; set; } = "[]";

    /// <summary>The data rows' cells, as JSON; null once confirmed or undone.</summary>
    public string? RowsJson { get; set; }

    public int RowCount { get; set; }

    /// <summary>Which header fills each field, as JSON; null until the columns are chosen.</summary>
    public string? MappingJson { get; set; }

    public DateTime? ConfirmedAtUtc { get; set; }

    public string? ConfirmedByUserId { get; set; }

    public int CreatedCount { get; set; }

    public int UpdatedCount { get; set; }

    public int UnchangedCount { get; set; }

    public int RefusedCount { get; set; }

    /// <summary>Who was added and what each update replaced, as JSON, so the import can be undone.</summary>
    public string? UndoJson { get; set; }

    public DateTime? UndoneAtUtc { get; set; }

    /// <summary>What undo left in place and why, in words.</summary>
    public string? UndoNote { get; set; }
}
