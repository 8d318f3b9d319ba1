using System.Net;
using System.Net.Http.Headers;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>
/// Issue #19, on the wire: pages arrive compressed for families on slow phone connections; the stylesheet a
/// page links (with its hash) is kept by the browser for a year, but a made-up version is not; and a CSV of
/// young people's placements is never stored by a browser or proxy.
/// </summary>
public sealed class WireHeadersTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Pages_AreCompressed_VersionedAssetsCachedForAYear_AndCsvNeverStored()
    {
        using var client = _app.CreateFormClient();
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        var stylesheet = home.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Contains("?v=", stylesheet, StringComparison.Ordinal);

        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var compressed = await client.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
            Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
            var plainLength = home.Html.Length;
            Assert.True((await compressed.Content.ReadAsByteArrayAsync()).Length < plainLength / 2, $"{encoding} did not shrink the page");
        }

        using (var linked = await client.Http.GetAsync(stylesheet))
        {
            Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", linked.Headers.CacheControl?.ToString());
        }

        var path = stylesheet[..stylesheet.IndexOf('?', StringComparison.Ordinal)];
        foreach (var other in new[] { path, path + "?v=made-up" })
        {
            using var response = await client.Http.GetAsync(other);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("immutable", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }

        await client.SignInAsync("admin@sendcareers.test");
        using var csv = await client.Http.GetAsync("/admin/reports/export/placements");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("text/csv", csv.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.True(csv.Headers.CacheControl?.NoStore, "a CSV of placements may be stored");
    }
}
