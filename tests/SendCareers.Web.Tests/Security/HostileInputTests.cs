using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>
/// Every form on every page a visitor can reach, submitted with hostile values in every field: over-long,
/// empty, Unicode, control characters, markup, SQL-like and path-like text, impossible numbers. Pages
/// are found by following links from every parameterless route, so pages with ids in their address
/// (a young person's profile, an opening, a placement) are swept without a list to keep. No answer
/// may be a server error or carry the script back to the browser, every refusal says why, and
/// nothing may be logged as an error.
/// </summary>
public sealed class HostileInputTests(HostileInputTests.AppFixture fixture) : IClassFixture<HostileInputTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp;

    public static readonly TheoryData<string> Visitors = new() { "anonymous", "admin@sendcareers.test", "coach@sendcareers.test", "employer@sendcareers.test" };

    private const string Script = "<script>alert('x')</script>";
    private const string AttributeBreaker = "\"'><img src=x onerror=alert(1)>";
    private const int MostPagesPerVisitor = 400;

    /// <summary>The framework refuses a form it cannot decode (a NUL character) before any page sees it; this page says so.</summary>
    private const string UnreadableRequest = "Sorry, we could not read that request";

    private static readonly string[] Hostile =
    [
        "",
        new string('A', 5000),
        Script,
        AttributeBreaker,
        "' OR 1=1; DROP TABLE Employers; --",
        "Zoë 🙂 北京 \u202Egnp.exe",
        "abc\0def\r\nBcc: victim@example.org",
        "../../../../etc/passwd",
        "-1",
        "99999999999999999999999",
    ];

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task EveryForm_WithHostileInput_NeverFailsTheServer(string visitor)
    {
        using var client = fixture.CreateFormClient();
        if (visitor != "anonymous")
        {
            await client.SignInAsync(visitor);
        }

        var failures = new List<string>();
        var formsTried = 0;
        var pages = new PageCrawl(await SeedUrlsAsync(fixture), MostPagesPerVisitor);
        while (pages.Next() is { } url)
        {
            var page = await client.GetAsync(url);
            if (page.Status != HttpStatusCode.OK || page.ContentType?.StartsWith("text/html", StringComparison.Ordinal) != true)
            {
                continue;
            }

            pages.Follow(page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!));

            foreach (var form in page.Document.QuerySelectorAll("form[method=post]"))
            {
                var action = form.GetAttribute("action");
                if (action?.Contains("sign-out", StringComparison.Ordinal) == true)
                {
                    continue; // would end this visitor's session
                }

                var names = form.QuerySelectorAll("input[name], textarea[name], select[name]")
                    .Where(e => e.GetAttribute("type") is not ("hidden" or "submit"))
                    .Select(e => (Name: e.GetAttribute("name")!, Multi: e.GetAttribute("type") == "checkbox"))
                    .DistinctBy(e => e.Name)
                    .ToList();
                foreach (var value in Hostile)
                {
                    var fields = names.ToDictionary(n => n.Name, n => n.Multi ? (object?)new[] { value } : value);
                    FormClient.PageResult result;
                    try
                    {
                        result = await client.SubmitAsync(url, fields, action: string.IsNullOrEmpty(action) ? null : action);
                    }
                    catch (InvalidOperationException)
                    {
                        continue; // the page changed after an earlier post (e.g. a decision was made)
                    }

                    formsTried++;
                    var where = $"POST {action ?? url} as {visitor} with {Describe(value)}";
                    if (result.Status == HttpStatusCode.InternalServerError)
                    {
                        failures.Add($"{where}: 500");
                    }

                    if (Reflected(result))
                    {
                        failures.Add($"{where}: the script came back unescaped");
                    }

                    if (result.Status == HttpStatusCode.BadRequest && result.ErrorSummary.Count == 0 && result.H1 != UnreadableRequest)
                    {
                        failures.Add($"{where}: refused without saying why");
                    }
                }
            }
        }

        Assert.True(formsTried > 0, "no forms were found to try");
        if (visitor == "coach@sendcareers.test")
        {
            // The crawl must reach pages behind ids, or it is not sweeping what matters most.
            Assert.Contains(pages.Visited, u => u.StartsWith("/coach/young-people/", StringComparison.Ordinal) && u.EndsWith("/edit", StringComparison.Ordinal));
            Assert.Contains(pages.Visited, u => u.StartsWith("/coach/placements/", StringComparison.Ordinal) && u.Length > "/coach/placements/".Length);
        }

        if (visitor == "admin@sendcareers.test")
        {
            Assert.Contains(pages.Visited, u => u.StartsWith("/admin/accounts/", StringComparison.Ordinal) && u.EndsWith("/training", StringComparison.Ordinal));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(fixture.Errors.Entries.Count == 0, string.Join("\n", fixture.Errors.Entries.Take(3)));
    }

    /// <summary>Markup the visitor typed, back in the page as markup rather than as text.</summary>
    private static bool Reflected(FormClient.PageResult result) =>
        result.Html.Contains(Script, StringComparison.Ordinal)
        || result.Document.QuerySelectorAll("script").Any(s => s.TextContent.Contains("alert('x')", StringComparison.Ordinal))
        || result.Document.QuerySelectorAll("[onerror]").Length > 0;

    /// <summary>Every parameterless page route, plus pages behind ids that links alone do not reach.</summary>
    public static async Task<List<string>> SeedUrlsAsync(SendCareersApp fixture)
    {
        var pending = await fixture.WithDbAsync(db => db.Employers.Where(e => e.Status == EmployerStatus.AwaitingApproval).Select(e => e.Id).FirstAsync());
        var approved = await fixture.WithDbAsync(db => db.Employers.Where(e => e.Status == EmployerStatus.Approved).Select(e => e.Id).FirstAsync());
        var coachSchool = await fixture.WithDbAsync(db => db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId).SingleAsync());
        var person = await fixture.WithDbAsync(db => db.YoungPeople.Where(p => p.SchoolId == coachSchool).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());
        var urls = fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern)
            .Where(p => p.Parameters.Count == 0)
            .Select(p => "/" + string.Join('/', p.PathSegments.Select(s => string.Concat(s.Parts.OfType<RoutePatternLiteralPart>().Select(l => l.Content)))))
            .Distinct()
            .ToList();
        urls.AddRange(
        [
            "/employers/sign-up/organisation", "/employers/sign-up/contact", "/employers/sign-up/offer",
            "/employers/sign-up/availability", "/employers/sign-up/workplace", "/employers/sign-up/permissions",
            $"/admin/employers/{pending}", $"/admin/employers/{approved}",
            $"/admin/employers/{approved}/checks", "/admin/safeguarding/WorkExperience",
            $"/coach/young-people/{person}/reviews/new", $"/coach/young-people/{person}/destinations/new",
        ]);
        return urls;
    }

    private static string Describe(string value) => value.Length > 40 ? $"{value.Length} characters" : $"'{value}'";
}
