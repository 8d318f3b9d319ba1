using SendCareers.Domain.People.Import;

namespace SendCareers.Domain.Tests.People.Import;

public class ImportRowReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly Dictionary<ImportField, int> Columns = new()
    {
        [ImportField.Upn] = 0,
        [ImportField.LegalFirstName] = 1,
        [ImportField.LegalSurname] = 2,
        [ImportField.PreferredFirstName] = 3,
        [ImportField.DateOfBirth] = 4,
        [ImportField.Ehcp] = 5,
        [ImportField.HomePostcode] = 6,
    };

    private static (ImportedPerson? Person, string? Reason) Read(params string[] cells) => ImportRowReader.Read(cells, Columns, Today);

    [Fact]
    public void AGoodRow_IsRead_WithItsAccentsAndTidiedCells()
    {
        var (person, reason) = Read(" u820200101001 ", "Zoë", "O’Neill-Jones", "", "27/03/2010", "E", "ls7 3qb");
        Assert.Null(reason);
        Assert.Equal(new ImportedPerson("U820200101001", "Zoë", "O’Neill-Jones", null, new DateOnly(2010, 3, 27), null, true, "LS7 3QB"), person);
    }

    [Theory]
    [InlineData("2010-03-27")]
    [InlineData("27-03-2010")]
    [InlineData("27.03.2010")]
    [InlineData("27 Mar 2010")]
    [InlineData("27/03/2010 00:00:00")]
    public void DatesAsRecordsSystemsWriteThem_AreRead(string date)
    {
        Assert.Equal(new DateOnly(2010, 3, 27), Read("", "Siân", "Evans", "", date, "", "").Person!.DateOfBirth);
    }

    [Theory]
    [InlineData("A820200101001", "Sam", "Hill", "27/03/2010", "UPN check letter does not match the digits: check it was copied correctly")]
    [InlineData("", "", "Hill", "27/03/2010", "Legal first name is missing")]
    [InlineData("", "Sam", "Hill", "", "Date of birth is missing")]
    [InlineData("", "Sam", "Hill", "03/27/2010", "Date of birth “03/27/2010” is not a date like 27/03/2009")]
    [InlineData("", "Sam", "Hill", "27/03/2020", "Date of birth must be for someone aged 11 to 25")]
    [InlineData("", "=HYPERLINK(\"x\")", "Hill", "27/03/2010", "Legal first name: starts with “=”, which spreadsheets run as a formula")]
    [InlineData("", "Sam", "<script>", "27/03/2010", "Legal surname: contains < or >, which are not allowed")]
    [InlineData("", "Sam\u0000", "Hill", "27/03/2010", "Legal first name: contains a control character")]
    [InlineData("", "Sam2", "Hill", "27/03/2010", "Legal first name can only contain letters, spaces, hyphens and apostrophes")]
    public void ABadRow_IsRefused_WithTheReason(string upn, string first, string surname, string dob, string reason)
    {
        var (person, why) = Read(upn, first, surname, "", dob, "", "");
        Assert.Null(person);
        Assert.Equal(reason, why);
    }

    [Fact]
    public void SeveralProblems_AreAllGiven()
    {
        var (_, why) = Read("", "", "", "", "", "maybe", "nowhere");
        Assert.Equal("Legal first name is missing; Legal surname is missing; Date of birth is missing; EHCP “maybe” should be Yes or No, or a SEN status (E, K or N); Home postcode “nowhere” is not a full UK postcode", why);
    }
}
