using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Ndti;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Reports;

/// <summary>
/// The coach's list of leavers whose yearly destination check is due (within 60 days) or overdue, on a
/// fixed clock: only their own school's leavers, soonest first, gone once the check is recorded.
/// </summary>
public sealed class DestinationChecksTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CoachSeesDueAndOverdueChecks_ForTheirOwnLeavers_UntilEachIsRecorded()
    {
        await using var app = new SendCareersApp().WithClock(Monday);
        var (ownSchool, otherSchool) = await app.WithDbAsync(async db =>
        {
            var own = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId!.Value).SingleAsync();
            return (own, await db.Schools.Where(s => s.Id != own).Select(s => s.Id).FirstAsync());
        });
        var overdue = await AddLeaverAsync(app, ownSchool, "Ann Overdue", ("2025-10-01", "2025-10-01"));
        await AddLeaverAsync(app, ownSchool, "Ben Soon", ("2024-12-20", "2024-12-20"), ("2024-12-20", "2025-12-01"));
        await AddLeaverAsync(app, ownSchool, "Cy Later", ("2026-07-10", "2026-07-10"));
        await AddLeaverAsync(app, ownSchool, "Di Done", ("2020-07-01", "2021-07-01"), ("2020-07-01", "2022-07-01"), ("2020-07-01", "2023-07-01"));
        await AddLeaverAsync(app, otherSchool, "Ed Elsewhere", ("2025-10-01", "2025-10-01"));
        using var coach = app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var page = await coach.GetAsync("/coach/evidence");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var due = page.Document.QuerySelectorAll("[data-testid=checkpoints-due] li").Select(li => li.TextContent.Trim()).ToList();
        var ann = due.FindIndex(t => t.Contains("Ann Overdue", StringComparison.Ordinal));
        var ben = due.FindIndex(t => t.Contains("Ben Soon", StringComparison.Ordinal));
        Assert.True(ann >= 0 && ben > ann, string.Join(" | ", due));
        Assert.Contains("overdue since 1 October 2026", due[ann], StringComparison.Ordinal);
        Assert.Contains("due 20 December 2026", due[ben], StringComparison.Ordinal);
        Assert.DoesNotContain(due, t => t.Contains("Cy Later", StringComparison.Ordinal) || t.Contains("Di Done", StringComparison.Ordinal) || t.Contains("Ed Elsewhere", StringComparison.Ordinal));
        var link = page.Document.QuerySelectorAll("[data-testid=checkpoints-due] a").Single(a => a.TextContent.Contains("Ann Overdue", StringComparison.Ordinal)).GetAttribute("href");
        Assert.Equal($"/coach/young-people/{overdue}/destinations/new", link);

        var recorded = await coach.SubmitAsync(link!, new Dictionary<string, object?>
        {
            ["LeftOn.Day"] = "1", ["LeftOn.Month"] = "10", ["LeftOn.Year"] = "2025",
            ["CheckpointOn.Day"] = "20", ["CheckpointOn.Month"] = "11", ["CheckpointOn.Year"] = "2026",
            ["Kind"] = "PaidEmployment", ["Hours"] = "20",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.Status);
        var after = await coach.GetAsync("/coach/evidence");
        Assert.DoesNotContain("Ann Overdue", after.Document.QuerySelector("[data-testid=checkpoints-due]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("Ben Soon", after.Document.QuerySelector("[data-testid=checkpoints-due]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(app.Errors.Entries);
    }

    private static Task<int> AddLeaverAsync(SendCareersApp app, int schoolId, string name, params (string Left, string Checkpoint)[] checkpoints) => app.WithDbAsync(async db =>
    {
        var now = Monday.UtcDateTime;
        var person = new YoungPerson
        {
            SchoolId = schoolId, PreferredName = name, DateOfBirth = new DateOnly(2006, 3, 14), HasEhcp = true,
            CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        db.YoungPeople.Add(person);
        await db.SaveChangesAsync();
        foreach (var (left, checkpoint) in checkpoints)
        {
            db.Destinations.Add(new Destination
            {
                YoungPersonId = person.Id, LeftOn = DateOnly.Parse(left, System.Globalization.CultureInfo.InvariantCulture),
                CheckpointOn = DateOnly.Parse(checkpoint, System.Globalization.CultureInfo.InvariantCulture),
                Kind = DestinationKind.FurtherEducation, RecordedAtUtc = now,
            });
        }

        await db.SaveChangesAsync();
        return person.Id;
    });
}
