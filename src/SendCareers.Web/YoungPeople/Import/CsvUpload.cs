using System.Text;
using Sylvan.Data.Csv;

namespace SendCareers.Web.YoungPeople.Import;

/// <summary>
/// Reads an uploaded export from a school's records system (SIMS, Arbor, Bromcom) with Sylvan.Data.Csv:
/// UTF-8 with or without a byte order mark, or Windows-1252 (what Excel saves as "CSV" in the UK);
/// commas or semicolons, found from the header; quoted fields. Anything else is refused with a message
/// for the person, before any of it is kept.
/// </summary>
public static class CsvUpload
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>What the upload form's request may be at most: the file plus the form around it.</summary>
    public const long MaxRequestBytes = MaxBytes + 64 * 1024;

    public const int MaxRows = 5_000;

    public const string TooLargeMessage = "The selected file must be smaller than 5 MB: export only the columns you need, or one year group at a time";

    public const int MaxColumns = 100;

    public const int MaxCellLength = 1_000;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(UploadedTable? Table, string? Error)> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return (null, "Select a CSV file");
        }

        if (file.Length == 0)
        {
            return (null, "The selected file is empty");
        }

        if (file.Length > MaxBytes)
        {
            return (null, TooLargeMessage);
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (extension is not (".csv" or ".txt"))
        {
            return (null, "The selected file must be a CSV file: in your records system, export as CSV (comma separated values)");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads the bytes of a file; public for tests and the benchmark.</summary>
    public static (UploadedTable? Table, string? Error) Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return (null, "The selected file is empty");
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return (null, "The selected file is a spreadsheet, not a CSV file: open it and save it as CSV (comma separated values)");
        }

        if (!TryDecode(bytes, out var text, out var encodingName))
        {
            return (null, "The selected file is not a CSV file: it contains characters that are not text");
        }

        if (text.Contains('\0'))
        {
            return (null, "The selected file is not a CSV file: it contains characters that are not text");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "The selected file is empty");
        }

        try
        {
            return ReadTable(text, encodingName);
        }
        catch (CsvRecordTooLargeException)
        {
            return (null, $"The file has a cell longer than {MaxCellLength:N0} characters, or a quotation mark that is not closed");
        }
        catch (CsvFormatException e)
        {
            return (null, $"Row {Math.Max(e.RowNumber, 1)} of the file is not valid CSV: check for a quotation mark that is not closed");
        }
    }

    private static (UploadedTable? Table, string? Error) ReadTable(string text, string encodingName)
    {
        var delimiter = DelimiterOf(text);
        var options = new CsvDataReaderOptions
        {
            Delimiter = delimiter,
            HasHeaders = true,
            // A name may start with "#": no line is a comment.
            CsvStyle = CsvStyle.Standard,
            Comment = '\uFFFF',
            MaxBufferSize = 256 * 1024,
        };
        using var csv = CsvDataReader.Create(new StringReader(text), options);
        if (csv.FieldCount < 2)
        {
            return (null, "The file has only one column: it must be a CSV file with a header row, its columns separated by commas or semicolons");
        }

        if (csv.FieldCount > MaxColumns)
        {
            return (null, $"The file has more than {MaxColumns} columns: export only the columns you need");
        }

        var headers = Headers(csv);
        if (headers.Any(h => h.Contains('\uFFFD')))
        {
            return (null, "The selected file is not a CSV file: it contains characters that are not text");
        }

        var rows = new List<string[]>();
        while (csv.Read())
        {
            var width = csv.RowFieldCount;
            var cells = new string[headers.Count];
            var blank = true;
            for (var i = 0; i < headers.Count; i++)
            {
                var cell = i < width ? csv.GetString(i) : "";
                if (cell.Length > MaxCellLength)
                {
                    return (null, $"Row {rows.Count + 2} has a cell longer than {MaxCellLength:N0} characters: check the file is an export of pupils, one row each");
                }

                cells[i] = cell;
                blank &= string.IsNullOrWhiteSpace(cell);
            }

            if (blank)
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                return (null, $"The file has more than {MaxRows:N0} rows: import one school year or one group at a time");
            }

            rows.Add(cells);
        }

        if (rows.Count == 0)
        {
            return (null, "The file has a header row but no young people in it");
        }

        return (new UploadedTable(headers, rows, encodingName, delimiter), null);
    }

    /// <summary>Comma, semicolon (Excel's CSV where the decimal mark is a comma) or tab: whichever the header row has most of, outside quotes.</summary>
    private static char DelimiterOf(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    private static List<string> Headers(CsvDataReader csv)
    {
        var headers = new List<string>(csv.FieldCount);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var name = csv.GetName(i).Trim();
            if (name.Length == 0)
            {
                name = $"Column {i + 1}";
            }

            if (name.Length > 100)
            {
                name = name[..100];
            }

            var unique = name;
            for (var n = 2; !seen.Add(unique); n++)
            {
                unique = $"{name} ({n})";
            }

            headers.Add(unique);
        }

        return headers;
    }

    /// <summary>UTF-8 (a byte order mark is dropped), UTF-16 with a byte order mark, else Windows-1252.</summary>
    private static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string encodingName)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            encodingName = "UTF-8";
            return TryStrict(StrictUtf8, bytes[3..], out text);
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            var littleEndian = bytes[0] == 0xFF;
            encodingName = "UTF-16";
            return TryStrict(new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], out text);
        }

        if (bytes.Contains((byte)0))
        {
            text = "";
            encodingName = "";
            return false;
        }

        if (TryStrict(StrictUtf8, bytes, out text))
        {
            encodingName = "UTF-8";
            return true;
        }

        encodingName = "Windows-1252";
        text = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
        return true;
    }

    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
