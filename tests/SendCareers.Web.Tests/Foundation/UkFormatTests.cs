namespace SendCareers.Web.Tests.Foundation;

/// <summary>Times shown in UK time, the way people write them, on the hour and across the clock change.</summary>
public sealed class UkFormatTests
{
    [Theory]
    [InlineData("2026-11-23T09:00:00Z", "23 November 2026 at 9am")]      // on the hour (GMT)
    [InlineData("2026-11-23T14:30:00Z", "23 November 2026 at 2:30pm")]
    [InlineData("2026-07-01T11:00:00Z", "1 July 2026 at 12pm")]          // British Summer Time: UTC+1
    [InlineData("2026-03-29T00:59:00Z", "29 March 2026 at 12:59am")]     // a minute before the clocks go forward
    [InlineData("2026-03-29T01:00:00Z", "29 March 2026 at 2am")]
    public void DateTime_IsInUkTime_AndReadable(string utc, string expected) =>
        Assert.Equal(expected, UkFormat.DateTime(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal)));
}
