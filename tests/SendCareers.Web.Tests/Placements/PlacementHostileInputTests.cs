using System.Net;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Placements;

/// <summary>
/// Every form on the placement pages (which the site-wide hostile-input walk cannot reach, as their
/// addresses carry ids or tokens) filled with hostile values, hidden fields included: never a 500.
/// </summary>
public sealed class PlacementHostileInputTests(PlacementHostileInputTests.AppFixture fixture) : IClassFixture<PlacementHostileInputTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp;

    private static readonly string[] Hostile =
    [
        "",
        new string('A', 5000),
        "<script>alert('x')</script>",
        "' OR 1=1; DROP TABLE Placements; --",
        "Zoë 🙂 北京 \u202Egnp.exe",
        "abc\0def\r\nBcc: victim@example.org",
        "-1",
        "99999999999999999999999",
    ];

    [Fact]
    public async Task EveryPlacementForm_WithHostileInput_NeverFailsTheServer()
    {
        var agreed = await SeedAsync(fixture, PlacementState.Agreed);
        var proposed = await SeedAsync(fixture, PlacementState.Proposed);
        var completed = await SeedAsync(fixture, PlacementState.Completed);
        var upcoming = await SeedAsync(fixture, PlacementState.Confirmed, startsAtUtc: DateTime.UtcNow.AddDays(2), endsAtUtc: DateTime.UtcNow.AddDays(3));
        var (debrief, attendance) = await fixture.WithDbAsync(async db =>
        {
            var tokens = new TokenService(db, TimeProvider.System);
            var d = tokens.Issue(TokenPurpose.Debrief, $"placement:{completed.PlacementId}:{(int)DebriefRespondent.Employer}", TimeSpan.FromDays(30));
            var a = tokens.Issue(TokenPurpose.Attendance, $"placement:{upcoming.PlacementId}:family-{upcoming.YoungPersonId}", TimeSpan.FromDays(3));
            await db.SaveChangesAsync();
            return (d, a);
        });

        var failures = new List<string>();
        var tried = 0;
        async Task TryAllAsync(FormClient client, string url)
        {
            foreach (var value in Hostile)
            {
                var page = await client.GetAsync(url);
                if (page.Status != HttpStatusCode.OK)
                {
                    return;
                }

                foreach (var form in page.Document.QuerySelectorAll("form[method=post]").Where(f => f.GetAttribute("action")?.Contains("sign-out", StringComparison.Ordinal) != true))
                {
                    var fields = form.QuerySelectorAll("input[name], textarea[name], button[name]")
                        .Select(e => e.GetAttribute("name")!)
                        .Where(n => n != "__RequestVerificationToken")
                        .Distinct()
                        .ToDictionary(n => n, n => (object?)value);
                    var action = form.GetAttribute("action");
                    try
                    {
                        var result = await client.SubmitAsync(url, fields, action: string.IsNullOrEmpty(action) ? null : action);
                        tried++;
                        if (result.Status == HttpStatusCode.InternalServerError)
                        {
                            failures.Add($"POST {action ?? url} with {(value.Length > 40 ? $"{value.Length} characters" : value)}: 500");
                        }
                    }
                    catch (InvalidOperationException)
                    {
                        // The page changed after an earlier post.
                    }
                }
            }
        }

        using (var coach = fixture.CreateFormClient())
        {
            await coach.SignInAsync("coach@sendcareers.test");
            await TryAllAsync(coach, $"/coach/placements/{agreed.PlacementId}/confirm");
            await TryAllAsync(coach, $"/coach/placements/{upcoming.PlacementId}/confirm");
            await TryAllAsync(coach, $"/coach/placements/{upcoming.PlacementId}");
        }

        using (var employer = fixture.CreateFormClient())
        {
            await employer.SignInAsync("employer@sendcareers.test");
            await TryAllAsync(employer, $"/my-organisation/placements/{proposed.PlacementId}");
        }

        using (var visitor = fixture.CreateFormClient())
        {
            await TryAllAsync(visitor, $"/debrief/{debrief}");
            await TryAllAsync(visitor, $"/attendance/{attendance}");
        }

        Assert.True(tried > 20, $"only {tried} forms were tried");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(fixture.Errors.Entries.Count == 0, string.Join("\n", fixture.Errors.Entries.Take(3)));
    }
}
