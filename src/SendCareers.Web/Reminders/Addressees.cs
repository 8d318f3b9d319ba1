using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Reminders;

/// <summary>The addressee rules placement and encounter reminders share, so the two cannot drift apart.</summary>
public static class Addressees
{
    /// <summary>The job coach with an address to write to, or null (also when their account is deactivated: they have left).</summary>
    public static async Task<Addressee?> JobCoachAsync(AppDbContext db, string? userId, CancellationToken cancellationToken)
    {
        var coach = userId is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && u.DeactivatedAtUtc == null)
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken);
        return !string.IsNullOrWhiteSpace(coach?.Email) && RecipientIds.Parse($"coach-{coach.Id}") is { } id
            ? new Addressee(id, coach.Email, coach.DisplayName)
            : null;
    }

    /// <summary>
    /// A young person's family, and the young person themselves. Young people have no e-mail address of
    /// their own here: their Easy Read messages go to the family, or failing that to the job coach, to
    /// read together with them. Nobody is written to about an erased record.
    /// </summary>
    public static IEnumerable<Addressee> ForYoungPerson(YoungPerson person, Addressee? jobCoach)
    {
        if (person.ErasedAtUtc is not null)
        {
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(person.FamilyContactEmail))
        {
            yield return new Addressee(RecipientIds.Family(person.Id), person.FamilyContactEmail, person.FamilyContactName);
            yield return new Addressee(RecipientIds.YoungPerson(person.Id), person.FamilyContactEmail, person.FamilyContactName);
        }
        else if (jobCoach is not null)
        {
            yield return new Addressee(RecipientIds.YoungPerson(person.Id), jobCoach.Email, jobCoach.Name);
        }
    }
}
