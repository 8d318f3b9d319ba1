using SendCareers.Web.Employers;

namespace SendCareers.Web.Tests.Employers;

public sealed class EmployerProfileValidatorTests
{
    private static EmployerProfileInput Valid() => new()
    {
        OrganisationName = "Kirkgate Market Traders",
        Postcode = "LS2 7HY",
        Size = "Micro",
        Sectors = ["Retail"],
        ContactName = "Ada Lovelace",
        ContactEmail = "ada@example.org",
        Offers = ["TalkOrAssembly"],
        HoursPerYear = "5",
        Days = ["Monday"],
        Times = ["Mornings"],
        Travel = "any",
        DisabilityConfident = "NotYet",
        ListPublicly = "no",
        ConsentToContact = "yes",
    };

    [Fact]
    public void ACompleteProfile_HasNoErrors() => Assert.Empty(EmployerProfileValidator.CheckAll(Valid()));

    [Theory]
    [InlineData("ls1 4ap", true)]
    [InlineData("LS14AP", true)]
    [InlineData("  sw1a 1aa ", true)]
    [InlineData("75001", false)]
    [InlineData("LS1", false)]
    [InlineData("LS1 4APX", false)]
    [InlineData("<script>", false)]
    public void Postcodes_MustBeFullUkPostcodes(string postcode, bool ok)
    {
        var input = Valid();
        input.Postcode = postcode;

        var errors = EmployerProfileValidator.Check(input, EmployerProfileSection.Organisation);

        Assert.Equal(ok, errors.Count == 0);
    }

    [Theory]
    [InlineData("0", "Hours a year must be between 1 and 1,000")]
    [InlineData("1001", "Hours a year must be between 1 and 1,000")]
    [InlineData("-3", "Enter hours as a whole number, like 10")]
    [InlineData("2.5", "Enter hours as a whole number, like 10")]
    [InlineData("ten", "Enter hours as a whole number, like 10")]
    [InlineData("99999999999999", "Enter hours as a whole number, like 10")]
    [InlineData("", "Enter how many hours a year you could give")]
    public void Hours_AreAWholeNumberInRange(string hours, string message)
    {
        var input = Valid();
        input.HoursPerYear = hours;

        var error = Assert.Single(EmployerProfileValidator.Check(input, EmployerProfileSection.Offer));

        Assert.Equal(new FieldError(nameof(EmployerProfileInput.HoursPerYear), message), error);
    }

    [Theory]
    [InlineData("name@example.org", true)]
    [InlineData("first.last+hub@sub.example.co.uk", true)]
    [InlineData("name@localhost", false)]
    [InlineData("name@@example.org", false)]
    [InlineData("Name <name@example.org>", false)]
    [InlineData("name@example.org\r\nBcc: x@example.org", false)]
    [InlineData("name example@example.org", false)]
    public void Email_MustBeOnePlainAddress(string email, bool ok)
    {
        var input = Valid();
        input.ContactEmail = email;

        Assert.Equal(ok, EmployerProfileValidator.Check(input, EmployerProfileSection.Contact).Count == 0);
    }

    [Theory]
    [InlineData("0113 496 0000", true)]
    [InlineData("+44 (0)113 496-0000", true)]
    [InlineData("", true)]
    [InlineData("123", false)]
    [InlineData("0113 496 0000 ext 5", false)]
    public void Phone_IsOptionalButMustLookLikeANumber(string phone, bool ok)
    {
        var input = Valid();
        input.Phone = phone;

        Assert.Equal(ok, EmployerProfileValidator.Check(input, EmployerProfileSection.Contact).Count == 0);
    }

    [Theory]
    [InlineData("3")]                 // a number is not a name
    [InlineData("Monday, Friday")]    // a combination is not one choice
    [InlineData("Saturday")]          // schools are closed
    [InlineData("Funday")]
    public void Days_OnlyNamedSchoolDays(string day)
    {
        var input = Valid();
        input.Days = [day];

        var error = Assert.Single(EmployerProfileValidator.Check(input, EmployerProfileSection.Availability));

        Assert.Equal(nameof(EmployerProfileInput.Days), error.Field);
    }

    [Theory]
    [InlineData("Group1", true)]      // names may end in digits
    [InlineData("Group2", true)]
    [InlineData("1", false)]          // the number behind a name is not a name
    [InlineData("1Group", false)]
    [InlineData("Group3", false)]
    [InlineData("group1", false)]     // names are exact
    public void EnumNames_WithDigits_Parse_ButNumbersDoNot(string text, bool ok)
    {
        Assert.Equal(ok, EmployerProfileValidator.TryParseEnum<SendCareers.Domain.Vocabulary.CareerSendGroup>(text, out var group));
        Assert.Equal(ok, group != default);
    }

    [Fact]
    public void Choices_FromOutsideTheList_AreRefused()
    {
        var input = Valid();
        input.Sectors = ["Retail", "Piracy"];
        input.Size = "Enormous";
        input.Travel = "1000";
        input.DisabilityConfident = "4";

        var fields = EmployerProfileValidator.CheckAll(input).Select(e => e.Field).ToList();

        Assert.Equal([nameof(input.Size), nameof(input.Sectors), nameof(input.Travel), nameof(input.DisabilityConfident)], fields);
    }

    [Fact]
    public void Clean_TrimsRemovesControlCharactersAndNormalises()
    {
        Assert.Equal("Café", EmployerProfileValidator.Clean("  Cafe\u0301\t"));
        Assert.Equal("a b", EmployerProfileValidator.Clean("a\0b"));
        Assert.Equal("", EmployerProfileValidator.Clean(null));
    }

    [Fact]
    public void Mapper_NormalisesThePostcode_AndMarksUnknownAreas()
    {
        var outcodes = SendCareers.Domain.Places.OutcodeDirectory.Load(new StringReader("outcode,latitude,longitude\nLS2,53.8,-1.54\n"));
        var employer = new SendCareers.Web.Data.Entities.Employer();
        var input = Valid();
        input.Postcode = "ls27hy";

        EmployerProfileMapper.ApplyTo(employer, input, outcodes);
        Assert.Equal("LS2 7HY", employer.Postcode);
        Assert.True(employer.LocationKnown);

        input.Postcode = "ZE9 9ZZ";
        EmployerProfileMapper.ApplyTo(employer, input, outcodes);
        Assert.False(employer.LocationKnown);
        Assert.Null(employer.TravelMiles); // "any"
    }
}
