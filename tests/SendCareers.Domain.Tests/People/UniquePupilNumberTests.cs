using SendCareers.Domain.People;

namespace SendCareers.Domain.Tests.People;

/// <summary>
/// The DfE check letter: the digits times their positions (2 to 13), summed, modulo 23, read from
/// "ABCDEFGHJKLMNPQRTUVWXYZ". The expected letters below were worked out by hand from that rule.
/// </summary>
public class UniquePupilNumberTests
{
    [Theory]
    [InlineData("820200101001", 'U')] // LA 820, school 2001, allocated 2001, serial 001: sum 63, 63 mod 23 = 17
    [InlineData("383400119045", 'G')] // Leeds (383), school 4001, 2019, serial 045: sum 282, 282 mod 23 = 6
    [InlineData("000000000000", 'A')] // sum 0
    [InlineData("999999999999", 'F')] // 9 x (2 + ... + 13) = 810, 810 mod 23 = 5
    public void CheckLetter_FollowsTheDfeRule(string digits, char letter)
    {
        Assert.Equal(letter, UniquePupilNumber.CheckLetterFor(digits));
        Assert.True(UniquePupilNumber.TryParse(letter + digits, out var upn, out var error));
        Assert.Equal(letter + digits, upn);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("u820200101001", "U820200101001")]
    [InlineData(" U 8202 0010 1001 ", "U820200101001")]
    public void TypedWithSpacesOrLowerCase_IsRead(string typed, string expected)
    {
        Assert.True(UniquePupilNumber.TryParse(typed, out var upn, out _));
        Assert.Equal(expected, upn);
    }

    [Theory]
    [InlineData("A820200101001", "UPN check letter does not match the digits: check it was copied correctly")] // should be U
    [InlineData("U820200101010", "UPN check letter does not match the digits: check it was copied correctly")] // two digits swapped
    [InlineData("U82020010100", UniquePupilNumber.FormatError)]
    [InlineData("8202001010011", UniquePupilNumber.FormatError)]
    [InlineData("U82020010100I", UniquePupilNumber.FormatError)] // I is not in the alphabet, so not a temporary UPN either
    [InlineData("U8202001010AX", UniquePupilNumber.FormatError)] // only the last may be a letter
    [InlineData("N82020010100X", "UPN check letter does not match the digits: check it was copied correctly")] // should be M
    [InlineData("", UniquePupilNumber.FormatError)]
    [InlineData(null, UniquePupilNumber.FormatError)]
    public void Invalid_IsRefusedWithAReason(string? typed, string reason)
    {
        Assert.False(UniquePupilNumber.TryParse(typed, out _, out var error));
        Assert.Equal(reason, error);
    }

    [Theory]
    [InlineData("82020010100X", 'M')] // first 11 as above sum 50, X is 20th: 50 + 20 x 13 = 310, 310 mod 23 = 11
    [InlineData("82020010100A", 'E')] // A counts 0: sum 50, 50 mod 23 = 4, the fifth letter
    public void TemporaryUpn_EndsInALetter_CountedByItsPlaceInTheAlphabet(string twelve, char letter)
    {
        Assert.Equal(letter, UniquePupilNumber.CheckLetterFor(twelve));
        Assert.True(UniquePupilNumber.TryParse(letter + twelve.ToLowerInvariant(), out var upn, out var error));
        Assert.Equal(letter + twelve, upn);
        Assert.Null(error);
        Assert.True(UniquePupilNumber.IsTemporary(upn));
        Assert.False(UniquePupilNumber.IsTemporary("U820200101001"));
    }

    [Fact]
    public void EveryCheckLetter_SkipsI_O_AndS()
    {
        var letters = Enumerable.Range(0, 23).Select(n => UniquePupilNumber.CheckLetterFor(n.ToString("000000000000", System.Globalization.CultureInfo.InvariantCulture)[..11] + "0"))
            .Concat(Enumerable.Range(0, 1000).Select(n => UniquePupilNumber.CheckLetterFor("38340011" + n.ToString("0000", System.Globalization.CultureInfo.InvariantCulture))))
            .ToHashSet();
        Assert.Equal(23, letters.Count);
        Assert.DoesNotContain('I', letters);
        Assert.DoesNotContain('O', letters);
        Assert.DoesNotContain('S', letters);
    }
}
