using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.Ndti;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Retention;
using SendCareers.Web.Tests.Support;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Tests.Privacy;

/// <summary>
/// The retention rule on a real database with a fake clock: leavers past the period are erased by the
/// nightly job (once, audited), those inside it and those who have not left are kept, the reports'
/// anonymous counts do not move, and the hub administrator's page says what is due and what was erased.
/// </summary>
public sealed class RetentionTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private sealed record Leavers(int Past, int ExactlyToday, int Soon, int Inside, int NotLeft);

    [Fact]
    public async Task Job_ErasesLeaversPastThePeriod_Once_AndKeepsTheRest()
    {
        await using var app = new SendCareersApp().WithClock(Monday);
        var people = await SeedLeaversAsync(app);
        using var admin = app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var reportsBefore = await ReportsTextAsync(admin);
        var cohortBefore = await NdtiCohortAsync(admin);

        Assert.Equal(2, await RunJobAsync(app));
        Assert.Equal(0, await RunJobAsync(app)); // a second run, or a retry, changes nothing

        var erased = await app.WithDbAsync(db => db.YoungPeople.Where(p => p.ErasedAtUtc != null).Select(p => p.Id).ToListAsync());
        Assert.Contains(people.Past, erased);
        Assert.Contains(people.ExactlyToday, erased);
        Assert.DoesNotContain(people.Soon, erased);
        Assert.DoesNotContain(people.Inside, erased);
        Assert.DoesNotContain(people.NotLeft, erased);

        var past = await app.WithDbAsync(db => db.YoungPeople.SingleAsync(p => p.Id == people.Past));
        Assert.Equal("Erased record", past.PreferredName);
        Assert.Null(past.FamilyContactEmail);
        Assert.All(await app.WithDbAsync(db => db.Destinations.Where(d => d.YoungPersonId == people.Past).ToListAsync()), d => Assert.Null(d.FamilyFeedback));
        var audit = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.Action == PersonalRecords.ErasedByRetentionRule).Select(a => a.SubjectId).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Contains(people.Past.ToString(System.Globalization.CultureInfo.InvariantCulture), audit);

        // When their EHCP started is kept without who recorded it, so the NDTi cohort does not move in any
        // year: by today's answer alone Ada would count in 2022/23. Nor does the coarsened birthday move
        // anyone across the 14-25 age limit.
        var statusChange = await app.WithDbAsync(db => db.YoungPersonStatusChanges.SingleAsync(c => c.YoungPersonId == people.Past));
        Assert.Equal(new DateOnly(2024, 3, 3), statusChange.EffectiveFrom);
        Assert.True(statusChange.HasEhcp);
        Assert.Null(statusChange.RecordedByUserId);
        Assert.Equal("", statusChange.RecordedByName);

        Assert.Equal(reportsBefore, await ReportsTextAsync(admin));
        Assert.Equal(cohortBefore, await NdtiCohortAsync(admin));
        Assert.Empty(app.Errors.Entries);
    }

    [Fact]
    public async Task AdminPage_SaysTheRule_ListsWhoIsDueAndWhoWasErased_AndIsOnlyForHubAdmins()
    {
        await using var app = new SendCareersApp().WithClock(Monday);
        var people = await SeedLeaversAsync(app);
        using var admin = app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        var before = await admin.GetAsync("/admin/retention");
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal("How long leavers' records are kept", before.H1);
        Assert.Contains("We keep a leaver's record for 3 years after we stop tracking where they are.", before.Text, StringComparison.Ordinal);
        var due = before.Document.QuerySelector("[data-testid=retention-due]")!.TextContent;
        Assert.Contains("Bea Soon", due, StringComparison.Ordinal);
        Assert.Contains("10 December 2026", due, StringComparison.Ordinal);
        Assert.Contains("Ada Past", due, StringComparison.Ordinal); // overdue until the job runs tonight
        Assert.DoesNotContain("Cal Inside", due, StringComparison.Ordinal);
        Assert.DoesNotContain("Dot Stayer", due, StringComparison.Ordinal);
        Assert.NotNull(before.Document.QuerySelector("[data-testid=retention-erased-empty]"));

        await RunJobAsync(app);
        var after = await admin.GetAsync("/admin/retention");
        Assert.DoesNotContain("Ada Past", after.Text, StringComparison.Ordinal);
        Assert.Contains("Bea Soon", after.Text, StringComparison.Ordinal);
        var erased = after.Document.QuerySelectorAll("[data-testid=retention-erased] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, erased.Count);
        Assert.Contains(erased, r => r.Contains($"Young person {people.Past}", StringComparison.Ordinal));

        using var coach = app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.NotEqual(HttpStatusCode.OK, (await coach.GetAsync("/admin/retention")).Status);
        Assert.Empty(app.Errors.Entries);
    }

    [Fact]
    public async Task ConfiguredPeriod_IsUsed()
    {
        await using var app = new SendCareersApp().WithClock(Monday).Set("Retention:YearsAfterTrackingEnds", "1");
        var people = await SeedLeaversAsync(app);

        // Bea (left December 2020) and Cal (left July 2022) are tracked for 3 years, then kept 1 year more: both now due.
        Assert.Equal(4, await RunJobAsync(app));

        Assert.NotNull(await app.WithDbAsync(db => db.YoungPeople.Where(p => p.Id == people.Inside).Select(p => p.ErasedAtUtc).SingleAsync()));
        Assert.Null(await app.WithDbAsync(db => db.YoungPeople.Where(p => p.Id == people.NotLeft).Select(p => p.ErasedAtUtc).SingleAsync()));
        using var admin = app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        Assert.Contains("We keep a leaver's record for 1 year after", (await admin.GetAsync("/admin/retention")).Text, StringComparison.Ordinal);
    }

    private static async Task<int> RunJobAsync(SendCareersApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionJob>().EraseDueAsync(CancellationToken.None);
    }

    /// <summary>The NDTi cohort row, five years oldest first (2022/23 to 2026/27 on this clock).</summary>
    private static async Task<List<string>> NdtiCohortAsync(FormClient admin) =>
        Reports.CsvReader.Parse(await admin.Http.GetByteArrayAsync("/admin/reports/ndti?handler=Csv"))
            .Single(r => r[0] == NdtiSection1Calculator.Cohort).Skip(1).ToList();

    private static async Task<string> ReportsTextAsync(FormClient admin)
    {
        var page = await admin.GetAsync("/admin/reports");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelector("main")!.TextContent;
    }

    private static Task<Leavers> SeedLeaversAsync(SendCareersApp app) => app.WithDbAsync(async db =>
    {
        var school = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId!.Value).SingleAsync();
        var now = Monday.UtcDateTime;

        async Task<int> AddAsync(string name, params (string Left, string Checkpoint)[] checkpoints)
        {
            var person = new YoungPerson
            {
                SchoolId = school, PreferredName = name, DateOfBirth = new DateOnly(2000, 3, 14), HasEhcp = true,
                FamilyContactName = "Pat", FamilyContactEmail = "family@example.org", CreatedAtUtc = now, UpdatedAtUtc = now,
            };
            db.YoungPeople.Add(person);
            await db.SaveChangesAsync();
            foreach (var (left, checkpoint) in checkpoints)
            {
                db.Destinations.Add(new Destination
                {
                    YoungPersonId = person.Id, LeftOn = DateOnly.Parse(left), CheckpointOn = DateOnly.Parse(checkpoint),
                    Kind = DestinationKind.PaidEmployment, PaidHoursPerWeek = 16, FamilyFeedback = "Proud of the job", RecordedAtUtc = now,
                });
            }

            await db.SaveChangesAsync();
            return person.Id;
        }

        var past = await AddAsync("Ada Past", ("2017-07-20", "2017-07-20"), ("2017-07-20", "2018-07-20"));
        db.YoungPersonStatusChanges.Add(new YoungPersonStatusChange
        {
            YoungPersonId = past, EffectiveFrom = new DateOnly(2024, 3, 3), HasEhcp = true, HadEhcpBefore = false,
            RecordedAtUtc = now, RecordedByUserId = "someone", RecordedByName = "Tom Ellery",
        });
        await db.SaveChangesAsync();

        return new Leavers(
            Past: past,
            ExactlyToday: await AddAsync("Eve Exactly", ("2020-11-23", "2020-11-23")),
            Soon: await AddAsync("Bea Soon", ("2020-12-10", "2021-01-05")),
            Inside: await AddAsync("Cal Inside", ("2022-07-15", "2022-09-01")),
            NotLeft: await AddAsync("Dot Stayer"));
    });
}
