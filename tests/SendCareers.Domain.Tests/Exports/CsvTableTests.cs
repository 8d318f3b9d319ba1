using System.Text;
using SendCareers.Domain.Exports;

namespace SendCareers.Domain.Tests.Exports;

public class CsvTableTests
{
    [Fact]
    public void Output_HasABom_QuotesWhatNeedsIt_AndNeutralisesFormulas()
    {
        var bytes = new CsvTable(["Name", "Note", "Date"])
            .Row("Zoë", "said \"hello\", then left", CsvTable.Date(new DateOnly(2026, 3, 4)))
            .Row("=HYPERLINK(\"x\")", "+1\nline two", "@sum")
            .Row("-2", null, "")
            .ToBytes();

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "Name,Note,Date\r\n" +
            "Zoë,\"said \"\"hello\"\", then left\",2026-03-04\r\n" +
            "\"'=HYPERLINK(\"\"x\"\")\",\"'+1\nline two\",'@sum\r\n" +
            "'-2,,\r\n",
            text);
    }

    [Fact]
    public void ARowOfTheWrongWidth_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new CsvTable(["A", "B"]).Row("only one"));
}
