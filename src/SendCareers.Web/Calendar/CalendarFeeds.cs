using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Calendar;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;
using SendCareers.Web.Placements;
using SendCareers.Web.Security;

namespace SendCareers.Web.Calendar;

/// <summary>
/// A private link a calendar app subscribes to, showing the placements and encounters the person could
/// see when signed in. One live link per person: making a new one, or turning it off, stops the old one.
/// The link carries a random token (only its hash is stored); the feed names no young person.
/// </summary>
public sealed class CalendarFeeds(
    AppDbContext db,
    TokenService tokens,
    UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> principals,
    PlacementScope placements,
    EncounterScope encounters,
    LinkBuilder links,
    TimeProvider time)
{
    /// <summary>How long a link works; the page says until when.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    /// <summary>How far back and ahead the feed looks.</summary>
    public static readonly TimeSpan Behind = TimeSpan.FromDays(31);

    public static readonly TimeSpan Ahead = TimeSpan.FromDays(366);

    /// <summary>The address to give a calendar app for this token.</summary>
    public string Address(string token) => links.Absolute($"/calendar/feed/{token}.ics");

    /// <summary>The person's live link, if any (the token itself is not kept, only when it ends).</summary>
    public Task<SingleUseToken?> CurrentAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.SingleUseTokens.AsNoTracking()
            .Where(t => t.Purpose == TokenPurpose.CalendarFeed && t.SubjectId == userId && t.UsedAtUtc == null && t.ExpiresAtUtc > now)
            .OrderByDescending(t => t.CreatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Stops any live link and makes a new one. Returns the new token.</summary>
    public async Task<string> RenewAsync(string userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await StopAsync(userId, cancellationToken);
        var token = tokens.Issue(TokenPurpose.CalendarFeed, userId, Lifetime);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return token;
    }

    /// <summary>Stops the person's live link. Returns whether there was one.</summary>
    public async Task<bool> StopAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var stopped = await db.SingleUseTokens
            .Where(t => t.Purpose == TokenPurpose.CalendarFeed && t.SubjectId == userId && t.UsedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAtUtc, now), cancellationToken);
        return stopped > 0;
    }

    /// <summary>
    /// The feed for a token, or null when the token is unknown, stopped or expired, or its account is
    /// gone, locked or deactivated. The person's own scopes decide what is in it, as if they were signed in.
    /// </summary>
    public async Task<string?> BuildAsync(string? token, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await tokens.FindValidAsync(TokenPurpose.CalendarFeed, token, cancellationToken);
        var user = found is null ? null : await users.FindByIdAsync(found.SubjectId);
        if (user is null || user.DeactivatedAtUtc is not null || await users.IsLockedOutAsync(user))
        {
            return null;
        }

        // The scopes read the request's user: make it the link's owner for this request only.
        var principal = await principals.CreateAsync(user);
        http.User = principal;
        var now = time.GetUtcNow();
        var events = principal.IsInRole(Roles.HubAdmin) || principal.IsInRole(Roles.JobCoach)
            ? await CoachEventsAsync(principal, now, cancellationToken)
            : principal.IsInRole(Roles.Employer)
                ? await EmployerEventsAsync(principal, now, cancellationToken)
                : [];
        var name = await FeedNameAsync(user, principal, cancellationToken);
        return CalendarFeedBuilder.Build(new CalendarFeed(name, events), now);
    }

    private async Task<string> FeedNameAsync(AppUser user, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.IsInRole(Roles.HubAdmin))
        {
            return "SendCareers: the whole hub";
        }

        var place = user.SchoolId is { } schoolId
            ? await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)
            : user.EmployerId is { } employerId
                ? await db.Employers.Where(e => e.Id == employerId).Select(e => e.OrganisationName).SingleOrDefaultAsync(cancellationToken)
                : null;
        return place is null ? "SendCareers" : $"SendCareers: {place}";
    }

    private async Task<List<FeedEvent>> CoachEventsAsync(ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (placementRows, encounterRows) = await RowsAsync(placements.ForCoach(), encounters.ForCoach(user), now, cancellationToken);
        return
        [
            .. placementRows.SelectMany(p => PlacementDays(p, $"{KindName(p.Kind)} at {p.Employer}", $"/coach/placements/{p.Id}")),
            .. encounterRows.Select(e => EncounterEvent(e, $"{Titled(e.Title, e.Kind)} with {e.Employer}", $"/coach/encounters/{e.Id}")),
        ];
    }

    private async Task<List<FeedEvent>> EmployerEventsAsync(ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (placementRows, encounterRows) = await RowsAsync(placements.ForEmployer(user), encounters.ForEmployer(user), now, cancellationToken);
        return
        [
            .. placementRows.SelectMany(p => PlacementDays(p, Titled(p.Title, p.Kind), $"/my-organisation/placements/{p.Id}")),
            .. encounterRows.Select(e => EncounterEvent(e, e.School is null ? Titled(e.Title, e.Kind) : $"{Titled(e.Title, e.Kind)} for {e.School}", $"/my-organisation/encounters/{e.Id}")),
        ];
    }

    /// <summary>The rows of the feed's window from the person's own scopes, read the same way for every role.</summary>
    private static async Task<(List<PlacementRow> Placements, List<EncounterRow> Encounters)> RowsAsync(
        IQueryable<Placement> placementScope, IQueryable<Encounter> encounterScope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (from, to) = Window(now);
        var placementRows = await PlacementRows(placementScope, from, to)
            .Select(p => new PlacementRow(p.Id, p.State, p.StartsAtUtc!.Value, p.EndsAtUtc!.Value, p.Opening!.Kind, p.Opening.Title, p.Opening.Employer!.OrganisationName, p.Opening.Postcode))
            .ToListAsync(cancellationToken);
        var encounterRows = await EncounterRows(encounterScope, from, to)
            .Select(e => new EncounterRow(e.Id, e.StartsAtUtc, e.EndsAtUtc, e.Kind, e.Title, e.Employer!.OrganisationName, e.School!.Name, e.Location, e.Attendees.Count))
            .ToListAsync(cancellationToken);
        return (placementRows, encounterRows);
    }

    private static (DateTime From, DateTime To) Window(DateTimeOffset now) => ((now - Behind).UtcDateTime, (now + Ahead).UtcDateTime);

    /// <summary>Placements that are agreed or further on (not declined, withdrawn or ended early), with dates in the window.</summary>
    private static IQueryable<Placement> PlacementRows(IQueryable<Placement> scope, DateTime from, DateTime to) =>
        scope.Where(p => p.StartsAtUtc != null && p.EndsAtUtc != null && p.EndsAtUtc >= from && p.StartsAtUtc <= to
            && (p.State == PlacementState.Agreed || p.State == PlacementState.Confirmed || p.State == PlacementState.InProgress || p.State == PlacementState.Completed));

    private static IQueryable<Encounter> EncounterRows(IQueryable<Encounter> scope, DateTime from, DateTime to) =>
        scope.Where(e => e.State != EncounterState.Cancelled && e.EndsAtUtc >= from && e.StartsAtUtc <= to);

    /// <summary>
    /// A placement of several days or weeks is shown as its first and last day (a whole-term block would
    /// hide everything else in the calendar); a one-day placement as that day.
    /// </summary>
    private IEnumerable<FeedEvent> PlacementDays(PlacementRow p, string what, string path)
    {
        var start = new DateTimeOffset(p.StartsAtUtc, TimeSpan.Zero);
        var end = new DateTimeOffset(p.EndsAtUtc, TimeSpan.Zero);
        var firstDay = DateOnly.FromDateTime(UkTime.ToUk(start).DateTime);
        var lastDay = DateOnly.FromDateTime(UkTime.ToUk(end).DateTime);
        var startTime = TimeOnly.FromDateTime(UkTime.ToUk(start).DateTime);
        var endTime = TimeOnly.FromDateTime(UkTime.ToUk(end).DateTime);
        var link = new Uri(links.Absolute(path));
        var tentative = p.State == PlacementState.Agreed;
        var description = "1 young person. The details are on SendCareers when you are signed in" + (tentative ? " (agreed, not yet confirmed)." : ".");
        if (firstDay == lastDay || endTime <= startTime)
        {
            yield return new FeedEvent(Uid($"placement-{p.Id}"), start, end, what) { Location = p.Place, Description = description, Link = link, Tentative = tentative };
            yield break;
        }

        yield return new FeedEvent(Uid($"placement-{p.Id}-first-day"), start, UkTime.FromUk(firstDay, endTime), $"First day: {what}")
        {
            Location = p.Place, Description = description, Link = link, Tentative = tentative,
        };
        yield return new FeedEvent(Uid($"placement-{p.Id}-last-day"), UkTime.FromUk(lastDay, startTime), end, $"Last day: {what}")
        {
            Location = p.Place, Description = description, Link = link, Tentative = tentative,
        };
    }

    private FeedEvent EncounterEvent(EncounterRow e, string what, string path) =>
        new(Uid($"encounter-{e.Id}"), new DateTimeOffset(e.StartsAtUtc, TimeSpan.Zero), new DateTimeOffset(e.EndsAtUtc, TimeSpan.Zero), what)
        {
            Location = e.Location,
            Description = $"{(e.Going == 1 ? "1 young person" : $"{e.Going} young people")}. The details are on SendCareers when you are signed in.",
            Link = new Uri(links.Absolute(path)),
        };

    /// <summary>Not the invites' UIDs: a feed is a separate calendar, and some apps merge events that share one.</summary>
    private string Uid(string what) => $"feed-{what}@{new Uri(links.BaseUrl).Host}";

    private static string KindName(SendCareers.Domain.Vocabulary.OpeningKind kind) => EnumLabels.For(kind);

    /// <summary>"Kitchen tour (workplace visit)", but "Workplace visit", not "Workplace visit (workplace visit)".</summary>
    private static string Titled(string title, SendCareers.Domain.Vocabulary.OpeningKind kind)
    {
        var name = kind.IsEncounter() ? EncounterQueries.KindName(kind) : KindName(kind);
        return title.Contains(name, StringComparison.OrdinalIgnoreCase) ? title : $"{title} ({name.ToLowerInvariant()})";
    }

    private sealed record PlacementRow(int Id, PlacementState State, DateTime StartsAtUtc, DateTime EndsAtUtc, SendCareers.Domain.Vocabulary.OpeningKind Kind, string Title, string Employer, string Place);

    private sealed record EncounterRow(int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, SendCareers.Domain.Vocabulary.OpeningKind Kind, string Title, string Employer, string? School, string? Location, int Going);
}
