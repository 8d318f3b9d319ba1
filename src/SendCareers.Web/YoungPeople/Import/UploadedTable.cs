namespace SendCareers.Web.YoungPeople.Import;

/// <summary>A CSV file read into its header and rows of cells, every row as wide as the header.</summary>
public sealed record UploadedTable(IReadOnlyList<string> Headers, IReadOnlyList<string[]> Rows, string EncodingName, char Delimiter);
