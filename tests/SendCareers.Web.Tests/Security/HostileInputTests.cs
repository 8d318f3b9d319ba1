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
/// Every form on every page a visitor can open, submitted with hostile values in every field: over-long,
/// empty, Unicode, control characters, markup, SQL-like and path-like text, impossible numbers.
/// No answer may be a server error, and nothing may be logged as an error.
/// </summary>
public sealed class HostileInputTests(HostileInputTests.AppFixture fixture) : IClassFixture<HostileInputTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp;

    public static readonly TheoryData<string> Visitors = new() { "anonymous", "admin@sendcareers.test", "coach@sendcareers.test", "employer@sendcareers.test" };

    private static readonly string[] Hostile =
    [
        "",
        new string('A', 5000),
        "<script>alert('x')</script>",
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
        foreach (var url in await UrlsAsync())
        {
            var page = await client.GetAsync(url);
            if (page.Status != HttpStatusCode.OK)
            {
                continue;
            }

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
                    if (result.Status == HttpStatusCode.InternalServerError)
                    {
                        failures.Add($"POST {action ?? url} as {visitor} with {Describe(value)}: 500");
                    }
                }
            }
        }

        Assert.True(formsTried > 0, "no forms were found to try");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(fixture.Errors.Entries.Count == 0, string.Join("\n", fixture.Errors.Entries.Take(3)));
    }

    private async Task<List<string>> UrlsAsync()
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
