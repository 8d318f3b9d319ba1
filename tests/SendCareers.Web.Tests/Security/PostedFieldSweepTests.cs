using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>
/// Every POST handler of the running app (found from its endpoints, so a new form is swept without a list
/// to keep), used as each demo role that can load it: the page's form is resubmitted with each id-like
/// field (a name ending in Id or Ids, a hidden input, or a choice whose values are record ids) swapped for
/// a record of another school or another employer. The answer must be a refusal (4xx, or the page again
/// with an error summary; never a redirect and never a 500) and the database must be exactly as before.
/// A handler the sweep cannot reach must be listed in <see cref="NotSwept"/> with the reason.
/// </summary>
public sealed partial class PostedFieldSweepTests(PostedFieldSweepTests.AppFixture fixture, ITestOutputHelper output) : IClassFixture<PostedFieldSweepTests.AppFixture>
{
    private const string Coach = "coach@sendcareers.test";
    private const string HollinCoach = "coach.hollin@sendcareers.test";
    private const string Employer = "employer@sendcareers.test";
    private const string Admin = "admin@sendcareers.test";

    private static readonly string[] Visitors = [Coach, HollinCoach, Employer, Admin];

    /// <summary>Handlers ("/View/Path" or "/View/Path?handler=Name") the sweep cannot fill by itself, and why.</summary>
    private static readonly Dictionary<string, string> NotSwept = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/Admin/Schools/Close"] = "one button that closes or reopens the school in its route; the form holds only its Version, no record ids (SchoolsTests)",
        ["/Admin/Backups/Index"] = "one 'Back up now' button, no fields or record ids; hub administrators only, and on PostgreSQL the page has no form (BackupTests)",
        ["/Account/ForgottenPassword"] = "signed out; an e-mail address, no record ids (AccountTests)",
        ["/Account/ResetPassword"] = "signed out; a single-use token, no record ids (AccountTests)",
        ["/Account/SignIn"] = "signed out; credentials only (AccountTests, TwoStepSignInTests)",
        ["/Account/SignInCode"] = "half-signed-in; a code only (TwoStepSignInTests)",
        ["/Account/SignOut"] = "ends the person's own session; no fields",
        ["/Account/Verify"] = "signed out; a single-use token, no record ids (SignUpJourneyTests)",
        ["/Settings/TwoFactor/Index?handler=TurnOff"] = "the signed-in person's own two-step sign-in; no record ids (TwoStepSignInTests)",
        ["/Settings/TwoFactor/SetUp"] = "the signed-in person's own two-step sign-in; no record ids (TwoStepSignInTests)",
        ["/Attendance/Index"] = "reached by a single-use token link; the token is the only key (EncounterJourneyTests)",
        ["/Debrief/Index"] = "reached by a single-use token link; the token is the only key (debrief tests)",
        ["/Requests/Answer?handler=Accept"] = "reached by a single-use token link from a request's invitation; the token is the only key (RequestTests)",
        ["/Requests/Answer?handler=Decline"] = "reached by a single-use token link from a request's invitation; the token is the only key (RequestTests)",
        ["/MyOrganisation/Requests/Index?handler=Offer"] = "shown only while a request the employer fits is open (none in the demo hub); the invitation id must be the employer's own (RequestTests.AnEmployerOffersItself_AnotherCannotOfferForIt)",
        ["/Coach/Requests/Details?handler=Withdraw"] = "the demo hub has no requests; the request is the route's, found in the coach's school, and the form holds only its Version (RequestTests.AnotherSchoolsCoach_CannotSeeOrWithdraw)",
        ["/Employers/SignUp/Check"] = "public sign-up of a new organisation; owns no existing record (SignUpJourneyTests)",
        ["/Employers/SignUp/Step"] = "public sign-up of a new organisation; owns no existing record (SignUpJourneyTests)",
        ["/Error"] = "the error page; its POST only shows the error again",
        ["/Admin/Accounts/Training"] = "the route key is an account id (text), hub administrators only, who see the whole hub (CoachTrainingTests)",
        ["/Admin/Accounts/RemoveTraining"] = "the route key is an account id (text), hub administrators only (CoachTrainingTests)",
        ["/Admin/Safeguarding/Activity"] = "hub-wide settings by activity name, hub administrators only (SafeguardingReportsTests)",
        ["/Coach/Cohort/Index?handler=Propose"] = "its form appears only after an allocation is posted; the pairs are re-allocated from the caseload on post (CoachMatchingTests)",
        ["/Admin/Accounts/Index?handler=TurnOff"] = "its form is shown only for accounts with two-step sign-in on; the account is chosen by an id hub administrators may use for anyone (TwoStepSignInTests)",
        ["/Admin/Messages/Index?handler=Retry"] = "its form is shown only for a failed message; hub administrators only, hub-wide",
        ["/Account/Invitation"] = "signed out; a single-use invitation token is the only key, the role and school or organisation come from the invitation (InvitationTests)",
        ["/Admin/Accounts/Account?handler=Deactivate"] = "the route key is an account id (text), hub administrators only, who see the whole hub; no fields (AccountLifecycleTests)",
        ["/Admin/Accounts/Account?handler=Reactivate"] = "the route key is an account id (text), hub administrators only; shown only for a deactivated account; no fields (AccountLifecycleTests)",
        ["/Admin/Accounts/Account?handler=ChangeSchool"] = "the route key is an account id (text), hub administrators only, for whom any school is a fair choice (AccountLifecycleTests)",
        ["/Admin/Accounts/Index?handler=Resend"] = "shown only while a staff invitation waits; an employer's invitation id is refused (InvitationTests.EmployerContact_InvitesAColleague_ToTheirOwnOrganisationOnly)",
        ["/Admin/Accounts/Index?handler=Cancel"] = "shown only while a staff invitation waits; an employer's invitation id is refused (InvitationTests.EmployerContact_InvitesAColleague_ToTheirOwnOrganisationOnly)",
        ["/Admin/Employers/Contacts?handler=Resend"] = "shown only while an invitation waits; another organisation's invitation id is refused (InvitationTests.EmployerContact_InvitesAColleague_ToTheirOwnOrganisationOnly)",
        ["/Admin/Employers/Contacts?handler=Cancel"] = "shown only while an invitation waits; another organisation's invitation id is refused (InvitationTests.EmployerContact_InvitesAColleague_ToTheirOwnOrganisationOnly)",
        ["/Admin/Employers/Contacts?handler=MakeMain"] = "shown only with a second contact; the contact is a text account id, limited to the organisation in the route (AccountLifecycleTests, InvitationTests)",
        ["/Admin/Employers/Contacts?handler=Remove"] = "shown only with a second contact; the contact is a text account id, limited to the organisation in the route (AccountLifecycleTests)",
        ["/MyOrganisation/Colleagues/Index?handler=Resend"] = "shown only while an invitation waits; another organisation's invitation id is refused (InvitationTests.EmployerContact_InvitesAColleague_ToTheirOwnOrganisationOnly)",
        ["/MyOrganisation/Colleagues/Index?handler=Cancel"] = "shown only while an invitation waits; another organisation's invitation id is refused (InvitationTests.EmployerContact_InvitesAColleague_ToTheirOwnOrganisationOnly)",
        ["/MyOrganisation/Colleagues/Index?handler=MakeMain"] = "shown only with a second contact; another organisation's contact (a text account id) is refused (InvitationTests.EmployerContact_InvitesAColleague_ToTheirOwnOrganisationOnly)",
        ["/MyOrganisation/Colleagues/Index?handler=Remove"] = "shown only with a second contact; another organisation's contact (a text account id) is refused (InvitationTests.EmployerContact_InvitesAColleague_ToTheirOwnOrganisationOnly)",
        ["/Calendar/Index?handler=Stop"] = "its form is shown only once the person has made their own calendar link; no record ids (CalendarFeedTests)",
        ["/Coach/Placements/Details?handler=Start"] = "its form is shown only on a confirmed placement's first day; the placement is the route's, found in the coach's scope (PlacementAccessTests)",
        ["/Coach/YoungPeople/Propose"] = "needs a ranked pair; the young person and the opening are in the route and re-ranked from the caseload on post (CoachMatchingTests)",
        ["/Coach/YoungPeople/Import/Columns"] = "exists only after an upload; keyed by a random id seen only by who uploaded it; no record ids in the form (ImportScopeTests)",
        ["/Coach/YoungPeople/Import/Preview"] = "exists only after an upload; keyed by a random id, no fields (ImportScopeTests)",
        ["/Coach/YoungPeople/Import/Details?handler=Undo"] = "exists only after a confirmed import; keyed by a random id, no fields (ImportScopeTests)",
    };

    /// <summary>
    /// Handlers that save nothing and answer with the page again (a calculation): a foreign id must be
    /// ignored, so for these a 200 without an error summary is acceptable, but the database must not change.
    /// </summary>
    private static readonly Dictionary<string, string> Calculations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/Coach/Cohort/Index"] = "allocates the ticked young people from the caseload; ids not in it are left out",
    };

    /// <summary>
    /// Employer fields where any approved employer is a fair choice for a coach or administrator (they
    /// publish and book on employers' behalf): for these the foreign employer is one not yet approved.
    /// </summary>
    private static readonly HashSet<string> FreeEmployerChoice = new(StringComparer.OrdinalIgnoreCase)
    {
        "/Coach/Encounters/New Input.EmployerId",
        "/Coach/Encounters/Edit Input.EmployerId",
        "/Coach/Openings/New Input.EmployerId",
    };

    /// <summary>Audit entries that only say someone looked: a refused form shown again may add these.</summary>
    private static readonly string[] ReadingActions = ["Viewed", "Opened", "Read", "Employer viewed"];

    [Fact]
    public async Task EveryPostHandler_IsSweptOrListedWithAReason()
    {
        var world = await fixture.WorldAsync();
        var handlers = await HandlersAsync();
        Assert.NotEmpty(handlers);
        var failures = new List<string>();
        var covered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var swaps = 0;

        foreach (var visitor in Visitors)
        {
            using var client = fixture.CreateFormClient();
            await client.SignInAsync(visitor);
            foreach (var handler in handlers.Where(h => !NotSwept.ContainsKey(h.Key)))
            {
                foreach (var url in SampleUrls(handler, world))
                {
                    var page = await client.GetAsync(url);
                    if (page.Status != HttpStatusCode.OK || FormFor(page, handler) is not { } form)
                    {
                        continue;
                    }

                    covered.Add(handler.Key);
                    foreach (var (field, values) in Swaps(form, handler, visitor, world))
                    {
                        swaps++;
                        var failure = await SubmitSwappedAsync(client, url, handler, field, values, visitor);
                        if (failure is not null)
                        {
                            failures.Add(failure);
                        }
                    }

                    break;
                }
            }
        }

        foreach (var handler in handlers.Where(h => !NotSwept.ContainsKey(h.Key) && !covered.Contains(h.Key)))
        {
            failures.Add($"{handler.Key}: no demo role could load its form; give it a sample in SampleUrls or list it in NotSwept with the reason");
        }

        foreach (var listed in NotSwept.Keys.Where(k => handlers.All(h => !string.Equals(h.Key, k, StringComparison.OrdinalIgnoreCase))))
        {
            failures.Add($"{listed} is listed in NotSwept but is no longer a POST handler: remove it");
        }

        output.WriteLine($"{handlers.Count} handlers, {covered.Count} swept, {swaps} swapped submissions");
        Assert.True(swaps > 20, $"Only {swaps} swapped submissions: the sweep is not reaching the forms");
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + string.Join("\n", fixture.Errors.Entries.Take(3)));
    }

    private async Task<string?> SubmitSwappedAsync(FormClient client, string url, Handler handler, string field, string[] foreign, string visitor)
    {
        // The form again (fresh antiforgery token and version), with the one field swapped.
        var page = await client.GetAsync(url);
        if (FormFor(page, handler) is not { } form)
        {
            return $"{handler.Key} as {visitor}: the form went away on a second load of {url}";
        }

        var values = FormClient.ValuesOf(form, [field]);
        values.AddRange(foreign.Select(v => new KeyValuePair<string, string>(field, v)));
        var action = PostTarget(form, handler) ?? url;
        var before = await fixture.SnapshotAsync();
        var result = await client.PostAsync(action, values);
        var after = await fixture.SnapshotAsync();
        var what = $"POST {action} as {visitor} with {field}={string.Join(",", foreign)}";
        output.WriteLine($"{what}: {(int)result.Status}");
        if (before != after)
        {
            return $"{what}: the database changed ({(int)result.Status})";
        }

        var status = (int)result.Status;
        return status switch
        {
            >= 500 => $"{what}: server error {status}",
            >= 400 => null,
            >= 300 => $"{what}: redirected to {result.Location}, as if it had worked",
            200 when result.ErrorSummary.Count > 0 => null,
            200 when Calculations.ContainsKey(handler.Key) => null,
            _ => $"{what}: {status} without an error message",
        };
    }

    /// <summary>Each id-like field of the form and the foreign value(s) to put in its place.</summary>
    private static IEnumerable<(string Field, string[] Values)> Swaps(IElement form, Handler handler, string visitor, World world)
    {
        var fields = form.QuerySelectorAll("input[name], select[name], textarea[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken")
            .GroupBy(e => e.GetAttribute("name")!, StringComparer.Ordinal);
        foreach (var group in fields)
        {
            var name = group.Key;
            var values = group.SelectMany(ValuesOffered).ToList();
            var hidden = group.All(e => string.Equals(e.GetAttribute("type"), "hidden", StringComparison.OrdinalIgnoreCase));
            var namedLikeId = IdName().IsMatch(name);
            var pairs = values.Count > 0 && values.All(v => PairValue().IsMatch(v)) && (hidden || KindOf(name, "") != Kind.Unknown);
            var numeric = values.Count > 0 && values.All(v => v.Length > 0 && v.All(char.IsAsciiDigit));
            var namedKind = KindOf(name, "");
            if (!namedLikeId && !(hidden && numeric) && !(numeric && group.Any(IsChoice) && namedKind != Kind.Unknown) && !pairs)
            {
                continue;
            }

            var kind = namedKind != Kind.Unknown ? namedKind : KindOf(name, handler.Route);
            var swap = Foreign(kind, name, handler, visitor, world);
            if (swap is null)
            {
                continue;
            }

            yield return (name, [swap]);
        }
    }

    private static bool IsChoice(IElement e) =>
        e.LocalName == "select" || e.GetAttribute("type") is "checkbox" or "radio";

    private static IEnumerable<string> ValuesOffered(IElement e) => e.LocalName switch
    {
        "select" => e.QuerySelectorAll("option").Select(o => o.GetAttribute("value") ?? "").Where(v => v.Length > 0),
        "textarea" => [e.TextContent],
        _ => [e.GetAttribute("value") ?? ""],
    };

    private enum Kind
    {
        Employer,
        YoungPerson,
        Opening,
        Placement,
        Encounter,
        School,
        Unknown,
    }

    private static Kind KindOf(string name, string route)
    {
        var n = name.ToLowerInvariant();
        if (n.Contains("employer", StringComparison.Ordinal)) return Kind.Employer;
        if (n.Contains("youngpe", StringComparison.Ordinal) || n.Contains("person", StringComparison.Ordinal) || n.Contains("people", StringComparison.Ordinal)) return Kind.YoungPerson;
        if (n.Contains("opening", StringComparison.Ordinal)) return Kind.Opening;
        if (n.Contains("placement", StringComparison.Ordinal)) return Kind.Placement;
        if (n.Contains("encounter", StringComparison.Ordinal)) return Kind.Encounter;
        if (n.Contains("school", StringComparison.Ordinal)) return Kind.School;
        var r = route.ToLowerInvariant();
        if (r.Contains("/encounters", StringComparison.Ordinal)) return Kind.Encounter;
        if (r.Contains("/placements", StringComparison.Ordinal)) return Kind.Placement;
        if (r.Contains("/young-people", StringComparison.Ordinal)) return Kind.YoungPerson;
        if (r.Contains("/openings", StringComparison.Ordinal)) return Kind.Opening;
        if (r.Contains("/employers", StringComparison.Ordinal)) return Kind.Employer;
        return Kind.Unknown;
    }

    /// <summary>A record of another school (for a coach) or another employer (for an employer contact).</summary>
    private static string? Foreign(Kind kind, string field, Handler handler, string visitor, World w)
    {
        var freeChoice = FreeEmployerChoice.Contains($"{handler.ViewPath} {field}");
        int? id = (visitor, kind) switch
        {
            (Employer, Kind.Employer) => w.OtherEmployerId,
            (Employer, Kind.Opening) => w.OtherEmployerOpeningId,
            (Employer, Kind.Placement) => w.HollinPlacementId,
            (Employer, Kind.Encounter) => w.HollinEncounterId,
            (Employer, Kind.YoungPerson) => w.HollinPersonId,
            (Employer, Kind.School) => w.HollinSchoolId,

            // Coaches and administrators choose among approved employers; where that is a fair choice the
            // foreign one is an employer not yet approved, elsewhere any other employer.
            // A hub administrator sees every school: another school is a fair choice for them.
            (Admin, Kind.School) => null,
            (_, Kind.Employer) => freeChoice ? w.PendingEmployerId : w.OtherEmployerId,
            (_, Kind.Opening) => w.PendingOpeningId,
            (HollinCoach, Kind.Placement) => w.BrookfieldPlacementId,
            (HollinCoach, Kind.Encounter) => w.BrookfieldEncounterId,
            (HollinCoach, Kind.YoungPerson) => w.BrookfieldPersonId,
            (HollinCoach, Kind.School) => w.BrookfieldSchoolId,
            (_, Kind.Placement) => w.HollinPlacementId,
            (_, Kind.Encounter) => w.HollinEncounterId,
            (_, Kind.YoungPerson) => w.HollinPersonId,
            (_, Kind.School) => w.HollinSchoolId,
            _ => null,
        };
        return id?.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Addresses to try for a handler, in order: its route with sample ids from the demo hub.</summary>
    private static IEnumerable<string> SampleUrls(Handler handler, World w)
    {
        var route = "/" + handler.Route.Trim('/');
        if (!route.Contains('{', StringComparison.Ordinal))
        {
            yield return route;
            yield break;
        }

        int[] ids = route switch
        {
            _ when route.StartsWith("/coach/encounters/", StringComparison.Ordinal) => [w.BrookfieldEncounterId, w.HollinEncounterId],
            _ when route.StartsWith("/coach/placements/", StringComparison.Ordinal) => [.. w.BrookfieldPlacementIds, w.HollinPlacementId],
            _ when route.StartsWith("/my-organisation/placements/", StringComparison.Ordinal) => [.. w.BrookfieldPlacementIds],
            _ when route.StartsWith("/my-organisation/encounters/", StringComparison.Ordinal) => [w.BrookfieldEncounterId, w.HollinEncounterId],
            _ when route.StartsWith("/coach/young-people/", StringComparison.Ordinal) => [w.BrookfieldPersonId, w.HollinPersonId],
            _ when route.StartsWith("/admin/young-people/", StringComparison.Ordinal) => [w.BrookfieldPersonId],
            _ when route.Contains("/openings/", StringComparison.Ordinal) => [w.KitchenOpeningId],
            _ when route.StartsWith("/admin/employers/", StringComparison.Ordinal) => [w.PendingEmployerId, w.KirkgateEmployerId],
            _ when route.StartsWith("/admin/schools/", StringComparison.Ordinal) => [w.HollinSchoolId],
            _ => [],
        };
        foreach (var id in ids)
        {
            var text = id.ToString(CultureInfo.InvariantCulture);
            yield return RouteParameter().Replace(route, m => m.Groups["name"].Value == "number" ? "1" : text)
                .Replace("/{number:int?}", "/1", StringComparison.Ordinal);
        }
    }

    /// <summary>The form (or the form of the button) that posts to this handler.</summary>
    private static IElement? FormFor(FormClient.PageResult page, Handler handler)
    {
        foreach (var form in page.Document.QuerySelectorAll("form"))
        {
            if (!string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase) || form.GetAttribute("action") == "/account/sign-out")
            {
                continue;
            }

            if (PostTarget(form, handler) is not null || (handler.Name.Length == 0 && HandlerIn(form.GetAttribute("action")).Length == 0
                && form.QuerySelectorAll("[formaction]").All(b => HandlerIn(b.GetAttribute("formaction")).Length == 0)))
            {
                return form;
            }
        }

        return null;
    }

    private static string? PostTarget(IElement form, Handler handler)
    {
        if (handler.Name.Length == 0)
        {
            return HandlerIn(form.GetAttribute("action")).Length == 0 ? NullIfEmpty(form.GetAttribute("action")) : null;
        }

        if (string.Equals(HandlerIn(form.GetAttribute("action")), handler.Name, StringComparison.OrdinalIgnoreCase))
        {
            return form.GetAttribute("action");
        }

        return form.QuerySelectorAll("[formaction]").Select(b => b.GetAttribute("formaction"))
            .FirstOrDefault(a => string.Equals(HandlerIn(a), handler.Name, StringComparison.OrdinalIgnoreCase));
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string HandlerIn(string? url)
    {
        var match = HandlerQuery().Match(url ?? "");
        return match.Success ? Uri.UnescapeDataString(match.Groups[1].Value) : "";
    }

    private sealed record Handler(string ViewPath, string Route, string Name)
    {
        public string Key => Name.Length == 0 ? ViewPath : $"{ViewPath}?handler={Name}";
    }

    private async Task<List<Handler>> HandlersAsync()
    {
        var loader = fixture.Services.GetRequiredService<PageLoader>();
        var handlers = new List<Handler>();
        foreach (var endpoint in fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || handlers.Any(h => h.ViewPath == page.ViewEnginePath))
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            foreach (var method in compiled.HandlerMethods.Where(m => string.Equals(m.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
            {
                handlers.Add(new Handler(page.ViewEnginePath, endpoint.RoutePattern.RawText ?? "", method.Name ?? ""));
            }
        }

        return handlers.DistinctBy(h => h.Key).ToList();
    }

    [GeneratedRegex(@"(Id|Ids)$")]
    private static partial Regex IdName();

    [GeneratedRegex(@"^\d+:\d+$")]
    private static partial Regex PairValue();

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"[?&]handler=([^&]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerQuery();

    /// <summary>Records of the demo hub the sweep uses, a few added so every school and employer has some.</summary>
    public sealed record World(
        int BrookfieldSchoolId,
        int HollinSchoolId,
        int BrookfieldPersonId,
        int HollinPersonId,
        int KirkgateEmployerId,
        int OtherEmployerId,
        int OtherEmployerOpeningId,
        int PendingEmployerId,
        int PendingOpeningId,
        int KitchenOpeningId,
        int[] BrookfieldPlacementIds,
        int HollinPlacementId,
        int BrookfieldEncounterId,
        int HollinEncounterId)
    {
        public int BrookfieldPlacementId => BrookfieldPlacementIds[0];
    }

    public sealed class AppFixture : SendCareersApp
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private World? _world;

        public async Task<World> WorldAsync()
        {
            await _gate.WaitAsync();
            try
            {
                return _world ??= await ScopeWorld.SeedAsync(this);
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>
        /// A hash of every row of the app's own tables (not sign-in tables, and not audit entries that only
        /// record someone looking), read fresh from the database.
        /// </summary>
        public Task<string> SnapshotAsync() => WithDbAsync(async db =>
        {
            var hash = new StringBuilder();
            foreach (var type in db.Model.GetEntityTypes()
                         .Where(t => t.ClrType.Namespace == typeof(Opening).Namespace && t.FindPrimaryKey() is not null && !t.IsOwned() && t.ClrType != typeof(AppUser))
                         .OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
                var rows = await set.AsNoTracking().ToListAsync();
                var lines = new List<string>();
                foreach (var row in rows)
                {
                    if (row is AuditEvent audit && ReadingActions.Any(a => audit.Action.StartsWith(a, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    lines.Add(string.Join('|', type.GetProperties().Where(p => p.PropertyInfo is not null)
                        .Select(p => Convert.ToString(p.PropertyInfo!.GetValue(row) is System.Collections.IEnumerable list and not string
                            ? string.Join(',', list.Cast<object>())
                            : p.PropertyInfo.GetValue(row), CultureInfo.InvariantCulture))));
                }

                lines.Sort(StringComparer.Ordinal);
                hash.Append(type.Name).Append(':').AppendJoin('\n', lines).Append('\n');
            }

            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(hash.ToString())));
        });
    }
}
