using System.Text;

namespace SendCareers.Web.Tests.Reports;

/// <summary>Reads CSV back as a spreadsheet would (RFC 4180 quoting), to check what the app writes.</summary>
public static class CsvReader
{
    public static bool HasBom(byte[] bytes) => bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble());

    public static List<List<string>> Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(HasBom(bytes) ? bytes[3..] : bytes);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}
