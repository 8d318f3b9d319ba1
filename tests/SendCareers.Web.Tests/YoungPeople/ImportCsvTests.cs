using System.Text;
using SendCareers.Web.YoungPeople.Import;

namespace SendCareers.Web.Tests.YoungPeople;

/// <summary>
/// Files as school records systems and Excel write them, read with Sylvan.Data.Csv: UTF-8 with and
/// without a byte order mark, Windows-1252, commas or semicolons, quoted fields; anything else refused
/// with a message a person can act on.
/// </summary>
public sealed class ImportCsvTests
{
    private static UploadedTable Read(byte[] bytes)
    {
        var (table, error) = CsvUpload.Read(bytes);
        Assert.True(table is not null, error);
        return table!;
    }

    private static string Error(byte[] bytes)
    {
        var (table, error) = CsvUpload.Read(bytes);
        Assert.Null(table);
        return error!;
    }

    [Fact]
    public void Utf8WithByteOrderMark_KeepsAccents_AndDropsTheMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("UPN,Forename,Surname\r\nU820200101001,Zoë,Siân-Ó Briain\r\n")).ToArray();
        var table = Read(bytes);
        Assert.Equal(["UPN", "Forename", "Surname"], table.Headers);
        Assert.Equal(["U820200101001", "Zoë", "Siân-Ó Briain"], table.Rows.Single());
        Assert.Equal("UTF-8", table.EncodingName);
    }

    [Fact]
    public void Utf8WithoutByteOrderMark_IsRead()
    {
        var table = Read(Encoding.UTF8.GetBytes("Forename,Surname\nZoë,Hill\n"));
        Assert.Equal("Zoë", table.Rows.Single()[0]);
    }

    [Fact]
    public void Windows1252_AsExcelSavesIt_KeepsAccents()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Forename;Surname;DOB\r\nZoë;Siân’s;27/03/2010\r\n");
        Assert.Contains((byte)0xEB, bytes); // ë as one byte, not UTF-8
        var table = Read(bytes);
        Assert.Equal("Windows-1252", table.EncodingName);
        Assert.Equal(';', table.Delimiter);
        Assert.Equal(["Zoë", "Siân’s", "27/03/2010"], table.Rows.Single());
    }

    [Fact]
    public void QuotedFields_MayHoldCommas_Quotes_AndLineBreaks()
    {
        var table = Read(Encoding.UTF8.GetBytes("Forename,Surname,Notes\r\n\"Mary, Jane\",\"O\"\"Neill\",\"line one\r\nline two\"\r\nSam,Hill,\r\n"));
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["Mary, Jane", "O\"Neill", "line one\r\nline two"], table.Rows[0]);
        Assert.Equal(["Sam", "Hill", ""], table.Rows[1]);
    }

    [Fact]
    public void SemicolonsInsideQuotes_DoNotChangeTheSeparator()
    {
        var table = Read(Encoding.UTF8.GetBytes("\"A;B\",Forename,Surname\r\n1,Sam,Hill\r\n"));
        Assert.Equal(',', table.Delimiter);
        Assert.Equal(["A;B", "Forename", "Surname"], table.Headers);
    }

    [Fact]
    public void ShortRows_ArePadded_AndBlankRowsSkipped()
    {
        var table = Read(Encoding.UTF8.GetBytes("Forename,Surname,DOB\r\nSam\r\n,,\r\nAmy,Hill,27/03/2010\r\n"));
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["Sam", "", ""], table.Rows[0]);
    }

    [Fact]
    public void ASpreadsheet_IsRefused_WithWhatToDo()
    {
        byte[] xlsx = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];
        Assert.Equal("The selected file is a spreadsheet, not a CSV file: open it and save it as CSV (comma separated values)", Error(xlsx));
    }

    [Fact]
    public void BinaryOrNulBytes_AreRefused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
        Assert.Equal("The selected file is not a CSV file: it contains characters that are not text", Error(png));
        Assert.Equal("The selected file is not a CSV file: it contains characters that are not text", Error(Encoding.UTF8.GetBytes("Forename,Surname\r\nSam\0,Hill\r\n")));
    }

    [Fact]
    public void EmptyFiles_AreRefused()
    {
        Assert.Equal("The selected file is empty", Error([]));
        Assert.Equal("The selected file is empty", Error(Encoding.UTF8.GetBytes(" \r\n\r\n")));
        Assert.Equal("The file has a header row but no young people in it", Error(Encoding.UTF8.GetBytes("Forename,Surname\r\n")));
    }

    [Fact]
    public void TextThatIsNotATable_IsRefused()
    {
        Assert.Equal(
            "The file has only one column: it must be a CSV file with a header row, its columns separated by commas or semicolons",
            Error(Encoding.UTF8.GetBytes("Dear parents\r\nPlease find attached\r\n")));
    }

    [Fact]
    public void BrokenQuoting_IsRefused_WithTheReason()
    {
        var error = Error(Encoding.UTF8.GetBytes("Forename,Surname\r\n\"Sam,Hill\r\nAmy,Hill\r\n" + new string('x', 2000)));
        Assert.Contains("quotation mark that is not closed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyRows_IsRefused()
    {
        var text = new StringBuilder("Forename,Surname\r\n");
        for (var i = 0; i <= CsvUpload.MaxRows; i++)
        {
            text.Append("Sam,Hill\r\n");
        }

        Assert.Equal("The file has more than 5,000 rows: import one school year or one group at a time", Error(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
