using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Placements;
using SendCareers.Web.Reminders;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Placements;

/// <summary>Puts placements into the demo hub for tests, and runs the jobs Hangfire would run.</summary>
public static class PlacementWorld
{
    public const string FamilyEmail = "family.test@example.com";
    public const string SupervisorEmail = "supervisor.test@example.com";

    public sealed record Seeded(int PlacementId, int YoungPersonId, string FirstName, string CoachUserId);

    /// <summary>
    /// A placement for the demo coach's first young person, with an opening of the demo employer (or of
    /// another employer, to test scoping). Later states get their arrangements filled in.
    /// </summary>
    public static Task<Seeded> SeedAsync(SendCareersApp app, PlacementState state, bool ownEmployer = true, bool consent = true,
        DateTime? startsAtUtc = null, DateTime? endsAtUtc = null, OpeningKind kind = OpeningKind.WorkExperience) =>
        app.WithDbAsync(async db =>
        {
            var coach = await db.Users.SingleAsync(u => u.Email == "coach@sendcareers.test");
            var employerUser = await db.Users.SingleAsync(u => u.Email == "employer@sendcareers.test");
            var employerId = ownEmployer
                ? employerUser.EmployerId!.Value
                : await db.Employers.Where(e => e.Id != employerUser.EmployerId && e.Status == EmployerStatus.Approved).Select(e => e.Id).FirstAsync();
            var person = await db.YoungPeople.Where(p => p.SchoolId == coach.SchoolId).OrderBy(p => p.Id).FirstAsync();
            person.FamilyContactName = "Jo Parent";
            person.FamilyContactEmail = FamilyEmail;
            person.ConsentToShareSummary = consent;
            person.HomePostcode = "LS7 3QB";
            person.DateOfBirth = new DateOnly(2009, 3, 27);
            person.EhcpEmploymentOutcome = "EHCP-OUTCOME-SECRET";
            person.TaskInterests = "sorting the post, talking to visitors";
            person.AdjustmentsThatWork = "Show me first, then let me try";

            var now = app.Clock?.GetUtcNow().UtcDateTime ?? DateTime.UtcNow;
            var opening = new Opening
            {
                EmployerId = employerId,
                Kind = kind,
                Title = "Kitchen assistant",
                Sector = Sector.Catering,
                Postcode = "LS9 7TF",
                OutwardCode = "LS9",
                LocationKnown = true,
                Days = WeekDays.Weekdays,
                StartTime = new TimeOnly(9, 30),
                EndTime = new TimeOnly(15, 0),
                Places = 1,
                Status = OpeningStatus.Open,
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
            };
            db.Openings.Add(opening);
            await db.SaveChangesAsync();

            var placement = new Placement
            {
                YoungPersonId = person.Id,
                OpeningId = opening.Id,
                State = state,
                ProposedAtUtc = now,
                ProposedByUserId = coach.Id,
                JobCoachUserId = coach.Id,
                Version = Guid.NewGuid(),
            };
            placement.Transitions.Add(new PlacementTransitionRecord { From = PlacementState.Proposed, To = PlacementState.Proposed, AtUtc = now, ByUserId = coach.Id, ByRole = ActorRole.JobCoach, Reason = "Proposed from the ranked matches" });
            if (state >= PlacementState.Agreed)
            {
                placement.SupervisorName = "Sam Supervisor";
                placement.SupervisorEmail = SupervisorEmail;
            }

            if (state >= PlacementState.Confirmed)
            {
                placement.StartsAtUtc = startsAtUtc ?? now.AddDays(-10);
                placement.EndsAtUtc = endsAtUtc ?? now.AddDays(-5);
                placement.TravelPlan = "Bus 42 with mum on the first day";
            }

            db.Placements.Add(placement);
            await db.SaveChangesAsync();
            return new Seeded(placement.Id, person.Id, person.PreferredName, coach.Id);
        });

    /// <summary>Proposes, from the matches page, a young person at the coach's school (not one of <paramref name="except"/>) for an opening of the demo employer.</summary>
    public static async Task<(int PlacementId, string FullName)> ProposeToDemoEmployerAsync(SendCareersApp app, FormClient coach, IReadOnlyCollection<int>? except = null)
    {
        var (employerId, people) = await app.WithDbAsync(async db =>
        {
            var employer = await db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId!.Value).SingleAsync();
            var school = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId).SingleAsync();
            var ids = await db.YoungPeople.Where(p => p.SchoolId == school && p.ErasedAtUtc == null).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
            return (employer, ids);
        });
        var own = await app.WithDbAsync(db => db.Openings.Where(o => o.EmployerId == employerId).Select(o => o.Id).ToListAsync());
        foreach (var person in people.Where(p => except is null || !except.Contains(p)))
        {
            var matches = await coach.GetAsync($"/coach/young-people/{person}/matches");
            var link = matches.Document.QuerySelectorAll(".sc-match-list a[href*='/propose/']").Select(a => a.GetAttribute("href")!)
                .FirstOrDefault(h => own.Contains(int.Parse(h.Split('/')[^1], CultureInfo.InvariantCulture)));
            if (link is null)
            {
                continue;
            }

            var proposed = await coach.SubmitAsync(link, new Dictionary<string, object?> { ["OverrideReason"] = "The employer knows them" });
            Assert.True(proposed.Status == HttpStatusCode.Redirect, string.Join("; ", proposed.ErrorSummary));
            return await app.WithDbAsync(async db =>
            {
                var placement = await db.Placements.Include(p => p.YoungPerson).Where(p => p.YoungPersonId == person && p.State == PlacementState.Proposed).OrderByDescending(p => p.Id).FirstAsync();
                return (placement.Id, placement.YoungPerson!.PreferredName);
            });
        }

        throw new InvalidOperationException("No young person at the coach's school has a match with the demo employer");
    }

    public static async Task<int> DispatchAsync(SendCareersApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MessageDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    public static async Task<int> AdvancePlacementsAsync(SendCareersApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlacementClock>().AdvanceAsync(CancellationToken.None);
    }

    public static string To(MimeMessage message) => message.To.Mailboxes.First().Address;

    /// <summary>The invite attached to a message, parsed back with Ical.Net.</summary>
    public static Ical.Net.Calendar? Invite(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().FirstOrDefault(a => a.FileName == "placement.ics");
        if (part is null)
        {
            return null;
        }

        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Links in the plain-text body that start with the given path, as paths the test client can open.</summary>
    public static IReadOnlyList<string> Links(MimeMessage message, string pathStart) =>
        System.Text.RegularExpressions.Regex.Matches(message.TextBody ?? "", @"https?://[^\s<>""]+")
            .Select(m => new Uri(m.Value))
            .Where(u => u.AbsolutePath.StartsWith(pathStart, StringComparison.Ordinal))
            .Select(u => u.PathAndQuery)
            .Distinct()
            .ToList();
}
