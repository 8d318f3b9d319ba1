using System.Net;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Foundation;

/// <summary>
/// One process may host the app on SQLite and on PostgreSQL side by side (a restore check beside the
/// running hub, the test run's PostgreSQL pass). The pages that use compiled queries — the session
/// check on every request, the administrator's dashboard and employer list, a coach's caseload — must
/// work on both, whichever ran first.
/// </summary>
public sealed class TwoDatabasesTests
{
    [Fact]
    public async Task SignedInPages_Work_OnSqliteAndPostgres_InOneProcess()
    {
        var connection = await (await SharedPostgres.GetAsync()).CreateDatabaseAsync();
        await using var onPostgres = new SendCareersApp().WithPostgres(connection);
        await using var onSqlite = new SendCareersApp().Set("Database:Provider", "Sqlite");

        foreach (var app in new[] { onPostgres, onSqlite, onPostgres })
        {
            using var admin = app.CreateFormClient();
            await admin.SignInAsync("admin@sendcareers.test");
            foreach (var url in new[] { "/admin", "/admin/employers" })
            {
                var page = await admin.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, page.Status);
            }

            using var coach = app.CreateFormClient();
            await coach.SignInAsync("coach@sendcareers.test");
            var caseload = await coach.GetAsync("/coach/young-people");
            Assert.Equal(HttpStatusCode.OK, caseload.Status);
            Assert.NotNull(caseload.Document.QuerySelector("table"));
        }

        Assert.Empty(onPostgres.Errors.Entries);
        Assert.Empty(onSqlite.Errors.Entries);
    }
}
