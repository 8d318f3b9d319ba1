using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using SendCareers.Web.YoungPeople;
using static SendCareers.Web.Tests.Encounters.EncounterWorld;
using static SendCareers.Web.Tests.Placements.PlacementWorld;
using static SendCareers.Web.Tests.YoungPeople.ImportWorld;

namespace SendCareers.Web.Tests.YoungPeople;

/// <summary>
/// Two pupils called Alfie at one school: every list, pick list and heading a job coach or hub
/// administrator reads tells them apart, while the employer still sees only "Alfie".
/// </summary>
public sealed class StaffNamesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private SmtpSink _smtp = default!;
    private SendCareersApp _app = default!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = new SendCareersApp().WithSmtp(_smtp).WithClock(Monday);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task TwoAlfiesAtOneSchool_AreToldApartOnEveryStaffPage_AndTheEmployerSeesOnlyAlfie()
    {
        var (seeded, brown, green, openingId, greenPlacement) = await SeedTwoAlfiesAsync(_app);

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        // The encounter pick list, then the encounter booked for both.
        var newEncounter = await Ok(coach, "/coach/encounters/new");
        AssertToldApart(newEncounter, CheckboxLabel(newEncounter, brown), CheckboxLabel(newEncounter, green));
        var booked = await coach.SubmitAsync("/coach/encounters/new", Form(await EmployerIdAsync(_app), new DateOnly(2026, 11, 26), [brown, green]));
        Assert.True(booked.Status == HttpStatusCode.Redirect, string.Join("; ", booked.ErrorSummary));
        var encounterId = IdFrom(booked);

        var pages = new Dictionary<string, Func<FormClient.PageResult, (string?, string?)>>
        {
            ["/coach/young-people"] = p => (Link(p, brown), Link(p, green)),
            ["/coach/cohort"] = p => (CheckboxLabel(p, brown), CheckboxLabel(p, green)),
            [$"/coach/encounters/{encounterId}"] = p => (Link(p, brown), Link(p, green)),
            ["/coach/placements"] = p => (Link(p, seeded.PlacementId, "/coach/placements/"), Link(p, greenPlacement, "/coach/placements/")),
            [$"/coach/openings/{openingId}"] = p => (Link(p, brown), Link(p, green)),
            [$"/coach/young-people/{brown}"] = p => (p.H1, null),
            [$"/coach/young-people/{green}"] = p => (null, p.H1),
            [$"/coach/placements/{seeded.PlacementId}"] = p => (p.Document.QuerySelector(".govuk-caption-l")?.TextContent.Trim(), null),
            [$"/coach/placements/{greenPlacement}"] = p => (null, p.Document.QuerySelector(".govuk-caption-l")?.TextContent.Trim()),
        };
        var seen = new Dictionary<int, HashSet<string>> { [brown] = [], [green] = [] };
        foreach (var (url, read) in pages)
        {
            var page = await Ok(coach, url);
            var (b, g) = read(page);
            if (b is not null)
            {
                seen[brown].Add(b);
            }

            if (g is not null)
            {
                seen[green].Add(g);
            }

            if (b is not null && g is not null)
            {
                AssertToldApart(page, b, g);
            }
        }

        // Each is called the same everywhere, and differently from the other.
        Assert.Equal(["Alfie Brown"], seen[brown]);
        Assert.Equal(["Alfie Green"], seen[green]);

        // The register, once the encounter has started.
        _app.Clock!.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(2));
        await coach.SignInAsync("coach@sendcareers.test"); // the session ended overnight
        var register = await Ok(coach, $"/coach/encounters/{encounterId}/attendance");
        var legends = register.Document.QuerySelectorAll("legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("Alfie Brown", legends);
        Assert.Contains("Alfie Green", legends);

        // The hub administrator's list of everyone, and the page for a subject access request.
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var everyone = await Ok(admin, "/coach/young-people");
        AssertToldApart(everyone, Link(everyone, brown), Link(everyone, green));
        Assert.Contains("Alfie Green", (await Ok(admin, $"/admin/young-people/{green}/data")).H1, StringComparison.Ordinal);

        // The employer: "Alfie" only, on the list and on each placement.
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        string[] secrets = ["Brown", "Green", "Alfred", Upn(101), Upn(102)];
        foreach (var url in new[] { "/my-organisation/placements", $"/my-organisation/placements/{seeded.PlacementId}", $"/my-organisation/placements/{greenPlacement}" })
        {
            var page = await Ok(employer, url);
            Assert.Contains("Alfie", page.Text, StringComparison.Ordinal);
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, page.Html, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task NamesakesWithTheSameSurname_AreToldApartByDateOfBirth_AndOnlyWhereTheyCollide()
    {
        var (first, second, alone) = await _app.WithDbAsync(async db =>
        {
            var schoolId = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId!.Value).SingleAsync();
            var people = await db.YoungPeople.Where(p => p.SchoolId == schoolId).OrderBy(p => p.Id).Take(3).ToListAsync();
            (people[0].PreferredName, people[0].LegalSurname, people[0].DateOfBirth) = ("Alfie", "Brown", new DateOnly(2010, 3, 4));
            (people[1].PreferredName, people[1].LegalSurname, people[1].DateOfBirth) = ("alfie", "BROWN", new DateOnly(2011, 5, 6));
            (people[2].PreferredName, people[2].LegalSurname) = ("Zebedee", "Brown");
            // Another school's Alfie Brown does not make this school's need a date of birth.
            var elsewhere = await db.YoungPeople.Where(p => p.SchoolId != schoolId).OrderBy(p => p.Id).FirstAsync();
            (elsewhere.PreferredName, elsewhere.LegalSurname) = ("Zebedee", "Brown");
            await db.SaveChangesAsync();
            return (people[0].Id, people[1].Id, people[2].Id);
        });

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var list = await Ok(coach, "/coach/young-people");
        Assert.Equal("Alfie Brown, born 4 March 2010", Link(list, first));
        Assert.Equal("alfie BROWN, born 6 May 2011", Link(list, second));
        Assert.Equal("Zebedee Brown", Link(list, alone));
        Assert.Equal("Alfie Brown, born 4 March 2010", (await Ok(coach, $"/coach/young-people/{first}")).H1);
    }

    [Fact]
    public void TheSameNameAndBirthday_FallsBackToTheUpn_ThenTheRecordNumber()
    {
        var born = new DateOnly(2010, 1, 1);
        StaffNames.NameParts A(int id, string? upn) => new(id, 1, "Alfie", "Brown", born, upn);
        var labels = StaffNames.Labels([A(1, "A123"), A(2, "B456"), A(3, null)], [A(1, "A123"), A(2, "B456"), A(3, null)]);
        Assert.Equal("Alfie Brown, born 1 January 2010, UPN A123", labels[1]);
        Assert.Equal("Alfie Brown, born 1 January 2010, record 3", labels[3]);
        Assert.Equal("Alfie Brown", StaffNames.Labels([A(1, null)], [A(1, null), new(2, 2, "Alfie", "Brown", born, null)])[1]);
    }

    public sealed record TwoAlfies(Seeded Seeded, int Brown, int Green, int OpeningId, int GreenPlacement);

    /// <summary>
    /// The demo coach's first two young people become Alfie (legal name Alfred Brown) and Alfie (Alfie Green):
    /// Brown with a proposed placement, and the same opening proposed for Green.
    /// </summary>
    public static async Task<TwoAlfies> SeedTwoAlfiesAsync(SendCareersApp app)
    {
        var seeded = await SeedAsync(app, PlacementState.Proposed);
        var now = app.Clock?.GetUtcNow().UtcDateTime ?? DateTime.UtcNow;
        return await app.WithDbAsync(async db =>
        {
            var first = await db.YoungPeople.SingleAsync(p => p.Id == seeded.YoungPersonId);
            var second = await db.YoungPeople.Where(p => p.SchoolId == first.SchoolId && p.Id != first.Id).OrderBy(p => p.Id).FirstAsync();
            (first.PreferredName, first.LegalFirstName, first.LegalSurname, first.Upn) = ("Alfie", "Alfred", "Brown", Upn(101));
            (second.PreferredName, second.LegalFirstName, second.LegalSurname, second.Upn) = ("Alfie", "Alfie", "Green", Upn(102));
            var opening = await db.Placements.Where(p => p.Id == seeded.PlacementId).Select(p => p.OpeningId).SingleAsync();
            var placement = new Placement
            {
                YoungPersonId = second.Id, OpeningId = opening, State = PlacementState.Proposed, ProposedAtUtc = now,
                ProposedByUserId = seeded.CoachUserId, JobCoachUserId = seeded.CoachUserId, Version = Guid.NewGuid(),
            };
            db.Placements.Add(placement);
            await db.SaveChangesAsync();
            return new TwoAlfies(seeded, first.Id, second.Id, opening, placement.Id);
        });
    }

    private static async Task<FormClient.PageResult> Ok(FormClient client, string url)
    {
        var page = await client.GetAsync(url);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {url}: {(int)page.Status}");
        return page;
    }

    private static void AssertToldApart(FormClient.PageResult page, string? one, string? other)
    {
        Assert.False(string.IsNullOrEmpty(one), $"first Alfie not named on {page.H1}");
        Assert.False(string.IsNullOrEmpty(other), $"second Alfie not named on {page.H1}");
        Assert.NotEqual(one, other, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The text of the first link to this record.</summary>
    private static string? Link(FormClient.PageResult page, int id, string prefix = "/coach/young-people/") =>
        page.Document.QuerySelector($"a[href='{prefix}{id.ToString(CultureInfo.InvariantCulture)}']")?.TextContent.Trim();

    /// <summary>The label of the first checkbox (or option) whose value is this record's id.</summary>
    private static string? CheckboxLabel(FormClient.PageResult page, int id)
    {
        var value = id.ToString(CultureInfo.InvariantCulture);
        var input = page.Document.QuerySelectorAll("input[type=checkbox]").FirstOrDefault(i => i.GetAttribute("value") == value);
        return input is null ? null : page.Document.QuerySelector($"label[for='{input.Id}']")?.TextContent.Trim();
    }
}
