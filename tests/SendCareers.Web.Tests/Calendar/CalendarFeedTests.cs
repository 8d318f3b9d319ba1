using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using IcalCalendar = Ical.Net.Calendar;

namespace SendCareers.Web.Tests.Calendar;

/// <summary>
/// Calendar links: a coach or employer makes a private link, a calendar app fetches it without signing
/// in, and sees exactly the placements and encounters its owner may see, with no young person's name.
/// A new link stops the old one; turning it off stops it too.
/// </summary>
public sealed partial class CalendarFeedTests(CalendarFeedTests.AppFixture fixture) : IClassFixture<CalendarFeedTests.AppFixture>
{
    /// <summary>The demo hub on a fixed Monday, so the feed's window is the same every run.</summary>
    public sealed class AppFixture : SendCareersApp
    {
        public AppFixture() => WithClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    }

    private static readonly PlacementState[] Shown = [PlacementState.Agreed, PlacementState.Confirmed, PlacementState.InProgress, PlacementState.Completed];

    private async Task<(FormClient Client, string Address)> MakeLinkAsync(string email)
    {
        var client = fixture.CreateFormClient();
        await client.SignInAsync(email);
        var made = await client.SubmitAsync("/calendar", new Dictionary<string, object?>(), action: "/calendar?handler=Make");
        Assert.Equal(HttpStatusCode.OK, made.Status);
        Assert.Equal("Your calendar link is ready", made.H1);
        var address = made.Document.QuerySelector("[data-testid=calendar-address]")!.GetAttribute("value")!;
        Assert.StartsWith("http://localhost/calendar/feed/", address, StringComparison.Ordinal);
        return (client, address);
    }

    /// <summary>What a calendar app gets: no cookie, no sign-in.</summary>
    private async Task<(HttpStatusCode Status, string? ContentType, string Body)> FetchAsync(string address)
    {
        using var app = fixture.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var response = await app.GetAsync(new Uri(address).PathAndQuery);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static (HashSet<int> Placements, HashSet<int> Encounters, IcalCalendar Calendar) Read(string body)
    {
        var calendar = IcalCalendar.Load(body)!;
        var links = calendar.Events.Select(e => e!.Url!.AbsolutePath).ToList();
        return (
            links.Select(l => PlacementLink().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(),
            links.Select(l => EncounterLink().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(),
            calendar);
    }

    private static (DateTime From, DateTime To) Window()
    {
        var now = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
        return (now.AddDays(-31), now.AddDays(366));
    }

    [Fact]
    public async Task Coach_SubscribesWithoutSigningIn_AndSeesTheirOwnSchoolsPlacementsAndEncounters_WithNoNames()
    {
        var (client, address) = await MakeLinkAsync("coach@sendcareers.test");
        using var _ = client;
        var (from, to) = Window();
        var schoolId = await fixture.WithDbAsync(db => db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId!.Value).SingleAsync());
        var expectedPlacements = await fixture.WithDbAsync(db => db.Placements
            .Where(p => p.YoungPerson!.SchoolId == schoolId && Shown.Contains(p.State) && p.StartsAtUtc != null && p.StartsAtUtc <= to && p.EndsAtUtc >= from)
            .Select(p => p.Id).ToListAsync());
        var expectedEncounters = await fixture.WithDbAsync(db => db.Encounters
            .Where(e => e.SchoolId == schoolId && e.State != EncounterState.Cancelled && e.StartsAtUtc <= to && e.EndsAtUtc >= from)
            .Select(e => e.Id).ToListAsync());
        Assert.NotEmpty(expectedPlacements);
        Assert.NotEmpty(expectedEncounters);

        var (status, contentType, body) = await FetchAsync(address);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/calendar", contentType);
        var (placements, encounters, calendar) = Read(body);
        Assert.Equal(expectedPlacements.Order(), placements.Order());
        Assert.Equal(expectedEncounters.Order(), encounters.Order());
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Contains(calendar.Events, e => e!.Summary!.StartsWith("Behind the scenes at the hospital kitchen (workplace visit) with ", StringComparison.Ordinal));
        // A title that already says its kind is not followed by it again: "a talk", not "a talk (talk)".
        Assert.DoesNotContain(calendar.Events, e => Regex.IsMatch(e!.Summary!, @"(?i)\b(talk|workplace visit|mock interviews)\b.*\(\1\)"));

        // Nobody's name: not the young people's, not their families', and no e-mail address at all.
        var people = await fixture.WithDbAsync(db => db.YoungPeople.Select(p => new { p.PreferredName, p.FamilyContactName }).ToListAsync());
        var text = string.Join("\n", calendar.Events.SelectMany(e => new[] { e!.Summary, e.Description, e.Location }));
        foreach (var name in people.SelectMany(p => new[] { p.PreferredName, p.FamilyContactName }).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct())
        {
            Assert.False(Regex.IsMatch(text, $@"\b{Regex.Escape(name!)}\b"), $"The feed names {name}");
        }

        Assert.DoesNotContain("@sendcareers.test", body, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Employer_SeesOnlyTheirOwnOrganisationsPlacementsAndEncounters()
    {
        var (client, address) = await MakeLinkAsync("employer@sendcareers.test");
        using var _ = client;
        var (from, to) = Window();
        var employerId = await fixture.WithDbAsync(db => db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId!.Value).SingleAsync());
        var expectedPlacements = await fixture.WithDbAsync(db => db.Placements
            .Where(p => p.Opening!.EmployerId == employerId && Shown.Contains(p.State) && p.StartsAtUtc != null && p.StartsAtUtc <= to && p.EndsAtUtc >= from)
            .Select(p => p.Id).ToListAsync());
        var expectedEncounters = await fixture.WithDbAsync(db => db.Encounters
            .Where(e => e.EmployerId == employerId && e.State != EncounterState.Cancelled && e.StartsAtUtc <= to && e.EndsAtUtc >= from)
            .Select(e => e.Id).ToListAsync());
        var othersInWindow = await fixture.WithDbAsync(async db =>
            await db.Placements.CountAsync(p => p.Opening!.EmployerId != employerId && Shown.Contains(p.State) && p.StartsAtUtc != null && p.StartsAtUtc <= to && p.EndsAtUtc >= from)
            + await db.Encounters.CountAsync(e => e.EmployerId != employerId && e.State != EncounterState.Cancelled && e.StartsAtUtc <= to && e.EndsAtUtc >= from));
        Assert.True(expectedPlacements.Count + expectedEncounters.Count > 0, "The demo employer has nothing to show");
        Assert.True(othersInWindow > 0, "No other employer's placements or encounters to leave out");

        var (status, _, body) = await FetchAsync(address);

        Assert.Equal(HttpStatusCode.OK, status);
        var (placements, encounters, calendar) = Read(body);
        Assert.Equal(expectedPlacements.Order(), placements.Order());
        Assert.Equal(expectedEncounters.Order(), encounters.Order());
        Assert.All(calendar.Events, e => Assert.StartsWith("/my-organisation/", e!.Url!.AbsolutePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewLink_StopsTheOldOne_AndTurningOff_StopsTheNewOne()
    {
        var (client, first) = await MakeLinkAsync("coach.riverside@sendcareers.test");
        using var _ = client;
        var (_, second) = await MakeLinkAsync("coach.riverside@sendcareers.test");

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(first)).Status);
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(second)).Status);

        var page = await client.GetAsync("/calendar");
        Assert.Equal("You made your calendar link on 23 November 2026. It works until 23 November 2027. Make a new link before then.", page.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Null(page.Document.QuerySelector("[data-testid=calendar-address]"));

        var stopped = await client.SubmitAsync("/calendar", new Dictionary<string, object?>(), action: "/calendar?handler=Stop");
        Assert.Equal(HttpStatusCode.Redirect, stopped.Status);
        var after = await client.GetAsync("/calendar");
        Assert.StartsWith("Your calendar link is turned off.", after.Document.QuerySelector("[data-testid=notice]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("You do not have a calendar link.", after.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(second)).Status);

        var userId = await fixture.WithDbAsync(db => db.Users.Where(u => u.Email == "coach.riverside@sendcareers.test").Select(u => u.Id).SingleAsync());
        var audit = await fixture.WithDbAsync(db => db.AuditEvents.Where(a => a.SubjectId == userId && a.Action.Contains("calendar link")).Select(a => a.Action).ToListAsync());
        Assert.Equal(["Made a calendar link", "Made a calendar link", "Turned off the calendar link"], audit.Order());
    }

    [Fact]
    public async Task LockedAccountsLink_StopsWorking()
    {
        var (client, address) = await MakeLinkAsync("coach.hollin@sendcareers.test");
        using var _ = client;
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(address)).Status);

        await fixture.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == "coach.hollin@sendcareers.test");
            user.LockoutEnd = DateTimeOffset.UtcNow.AddYears(1);
            await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(address)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAsync(address.Replace("/feed/", "/feed/x", StringComparison.Ordinal))).Status);
    }

    [GeneratedRegex(@"^/(?:coach|my-organisation)/placements/(\d+)$")]
    private static partial Regex PlacementLink();

    [GeneratedRegex(@"^/(?:coach|my-organisation)/encounters/(\d+)$")]
    private static partial Regex EncounterLink();
}
