using SendCareers.Domain.Places;

namespace SendCareers.Domain.Tests.Places;

public class PostcodeTests
{
    [Theory]
    [InlineData("ls1 4ap", "LS1 4AP", "LS1")]
    [InlineData("LS14AP", "LS1 4AP", "LS1")]
    [InlineData("  sw1a   1aa ", "SW1A 1AA", "SW1A")]
    [InlineData("m1 1ae", "M1 1AE", "M1")]
    [InlineData("b33 8th", "B33 8TH", "B33")]
    [InlineData("cr2 6xh", "CR2 6XH", "CR2")]
    [InlineData("dn55 1pt", "DN55 1PT", "DN55")]
    [InlineData("w1a 0ax", "W1A 0AX", "W1A")]
    public void TryParse_ValidShapes_Normalises(string typed, string expected, string outward)
    {
        Assert.True(Postcode.TryParse(typed, out var postcode));
        Assert.Equal(expected, postcode.ToString());
        Assert.Equal(outward, postcode.Outward);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("LS1")]
    [InlineData("12345")]
    [InlineData("90210-1234")]
    [InlineData("LS1 4AP'; DROP TABLE Employers;--")]
    [InlineData("<script>")]
    [InlineData("QQ1 1QQQ")]
    [InlineData("ＬＳ１ ４ＡＰ")]
    public void TryParse_NotAPostcode_ReturnsFalse(string? typed)
    {
        Assert.False(Postcode.TryParse(typed, out _));
    }

    [Fact]
    public void Directory_KnownOutcodes_GiveDistanceInKilometres()
    {
        var csv = "outcode,latitude,longitude\nLS1,53.79648,-1.54785\nM1,53.47870,-2.23527\nBAD,x,y\n";
        var directory = OutcodeDirectory.Load(new StringReader(csv));

        Assert.Equal(2, directory.Count);
        var km = directory.KilometresBetween("LS1", "m1");
        Assert.NotNull(km);
        Assert.InRange(km.Value, 55, 60); // Leeds to Manchester centres, as the crow flies
        Assert.Null(directory.KilometresBetween("LS1", "ZZ9"));
    }
}
