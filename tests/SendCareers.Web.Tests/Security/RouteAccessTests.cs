using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>
/// Every Razor Page route, found from the running app (so new pages are covered without a list to
/// keep), requested anonymously and as each role. Who may use each area is written down here,
/// independently of the app's own conventions: a page in an area this table does not know fails.
/// </summary>
public sealed class RouteAccessTests(RouteAccessTests.AppFixture fixture) : IClassFixture<RouteAccessTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp;

    public static readonly TheoryData<string> Visitors = new() { "anonymous", "admin@sendcareers.test", "coach@sendcareers.test", "employer@sendcareers.test" };

    /// <summary>Areas by the first segment of the page's path, and the roles that may use them.</summary>
    private static readonly Dictionary<string, string[]?> Areas = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Admin"] = ["admin@sendcareers.test"],
        ["Coach"] = ["admin@sendcareers.test", "coach@sendcareers.test"],
        ["MyOrganisation"] = ["employer@sendcareers.test"],
        ["Settings"] = ["admin@sendcareers.test", "coach@sendcareers.test"],
        // Each person's own choice of how they are e-mailed.
        ["EmailSettings"] = ["admin@sendcareers.test", "coach@sendcareers.test", "employer@sendcareers.test"],
        // Each person's own calendar link.
        ["Calendar"] = ["admin@sendcareers.test", "coach@sendcareers.test", "employer@sendcareers.test"],
        // null: open to everyone (public pages, account pages, guidance, sign-up, token links).
        ["Public"] = null,
        ["Account"] = null,
        ["Employers"] = null,
        ["Guidance"] = null,
        ["Debrief"] = null,
        ["Attendance"] = null,
        ["Requests"] = null,
        ["CalendarFeed"] = null,
        ["Index"] = null,
        ["Error"] = null,
    };

    [Fact]
    public void EveryPage_DeclaresWhoMayUseIt()
    {
        foreach (var page in Pages())
        {
            var metadata = page.Endpoint.Metadata;
            var declared = metadata.GetMetadata<IAllowAnonymous>() is not null || metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;
            Assert.True(declared, $"{page.ViewPath} has neither [AllowAnonymous] nor an authorization policy");
            Assert.True(Areas.ContainsKey(page.Area), $"{page.ViewPath} is in area '{page.Area}', which this test does not know: decide who may use it and add it to Areas");
        }
    }

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task EveryPage_AnswersAsItsAreaAllows(string visitor)
    {
        using var client = fixture.CreateFormClient();
        if (visitor != "anonymous")
        {
            await client.SignInAsync(visitor);
        }

        var failures = new List<string>();
        foreach (var page in Pages())
        {
            var url = page.SampleUrl();
            var result = await client.GetAsync(url);
            var allowed = Areas[page.Area] is not { } roles || roles.Contains(visitor);
            var status = result.Status;
            var ok = allowed
                ? status is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.Redirect or HttpStatusCode.BadRequest
                : visitor == "anonymous"
                    ? status == HttpStatusCode.Redirect && result.Location!.Contains("/account/sign-in", StringComparison.Ordinal)
                    : status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
            if (!ok || status == HttpStatusCode.InternalServerError)
            {
                failures.Add($"GET {url} as {visitor}: {(int)status} (allowed: {allowed})");
            }

            if (!allowed)
            {
                // Posting to a page one may not use must never reach its handler.
                var post = await client.PostAsync(url, []);
                if (post.Status is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Redirect or HttpStatusCode.BadRequest)
                    || (post.Status == HttpStatusCode.Redirect && visitor != "anonymous"))
                {
                    failures.Add($"POST {url} as {visitor}: {(int)post.Status}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + string.Join("\n", fixture.Errors.Entries.Take(3)));
    }

    private IEnumerable<PageRoute> Pages() =>
        fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null)
            .Select(x => new PageRoute(x.Endpoint, x.Page!.ViewEnginePath))
            .DistinctBy(p => p.Endpoint.RoutePattern.RawText);

    private sealed record PageRoute(RouteEndpoint Endpoint, string ViewPath)
    {
        public string Area => ViewPath.Trim('/').Split('/')[0];

        /// <summary>The route with sample values: ids of records nobody here owns, slugs that exist.</summary>
        public string SampleUrl()
        {
            var parts = new List<string>();
            foreach (var segment in Endpoint.RoutePattern.PathSegments)
            {
                var text = string.Concat(segment.Parts.Select(part => part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart { IsCatchAll: true } => "families",
                    RoutePatternParameterPart { IsOptional: true } => "",
                    RoutePatternParameterPart parameter => SampleFor(parameter),
                    _ => "",
                }));
                if (text.Length > 0)
                {
                    parts.Add(text);
                }
            }

            return "/" + string.Join('/', parts);
        }

        private static string SampleFor(RoutePatternParameterPart parameter) =>
            parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") || parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase)
                ? "1"
                : "sample";
    }
}
