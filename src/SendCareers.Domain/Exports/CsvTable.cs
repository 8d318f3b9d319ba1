using System.Globalization;
using System.Text;

namespace SendCareers.Domain.Exports;

/// <summary>
/// A CSV file that opens cleanly in a spreadsheet: UTF-8 with a byte order mark (so Excel reads
/// accents correctly), CRLF line ends and RFC 4180 quoting. A cell starting with = + - @ (or a tab or
/// carriage return) gets a leading apostrophe, so a spreadsheet never runs it as a formula (OWASP CSV injection).
/// </summary>
public sealed class CsvTable
{
    private readonly StringBuilder _text = new();
    private readonly int _columns;

    public CsvTable(IReadOnlyList<string> header)
    {
        _columns = header.Count;
        Append(header);
    }

    public int RowCount { get; private set; }

    public CsvTable Row(params IReadOnlyList<string?> cells)
    {
        if (cells.Count != _columns)
        {
            throw new ArgumentException($"Expected {_columns} cells, got {cells.Count}.", nameof(cells));
        }

        Append(cells);
        RowCount++;
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    public static string YesNo(bool? value) => value switch { true => "yes", false => "no", null => "" };

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private void Append(IEnumerable<string?> cells)
    {
        _text.Append(string.Join(',', cells.Select(Cell)));
        _text.Append("\r\n");
    }
}
