using Microsoft.EntityFrameworkCore;
using MimeKit;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Encounters;

/// <summary>Young people and form values for encounter tests, on the demo hub.</summary>
public static class EncounterWorld
{
    public const string HostEmail = "host.test@example.com";

    public sealed record Person(int Id, string Name, string FamilyEmail);

    /// <summary>Two young people at the demo coach's school, each with a family e-mail address of their own.</summary>
    public static Task<IReadOnlyList<Person>> GroupAsync(SendCareersApp app, int count = 2) =>
        app.WithDbAsync<IReadOnlyList<Person>>(async db =>
        {
            var schoolId = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId).SingleAsync();
            var people = await db.YoungPeople.Where(p => p.SchoolId == schoolId).OrderByDescending(p => p.Id).Take(count).ToListAsync();
            foreach (var person in people)
            {
                person.FamilyContactName = $"Parent of {person.Id}";
                person.FamilyContactEmail = $"family.{person.Id}@example.com";
            }

            await db.SaveChangesAsync();
            return people.Select(p => new Person(p.Id, p.PreferredName, p.FamilyContactEmail!)).ToList();
        });

    public static Task<int> EmployerIdAsync(SendCareersApp app, bool demoEmployer = true) =>
        app.WithDbAsync(async db =>
        {
            var own = await db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId!.Value).SingleAsync();
            return demoEmployer ? own : await db.Employers.Where(e => e.Id != own && e.Status == EmployerStatus.Approved).Select(e => e.Id).FirstAsync();
        });

    public static Dictionary<string, object?> Form(int employerId, DateOnly date, IEnumerable<int> people, string start = "10am", string end = "11:30am", string location = "Main reception, LS9 7TF", string title = "Behind the scenes in the kitchen") => new()
    {
        ["Input.Title"] = title,
        ["Input.Kind"] = "EncounterVisit",
        ["Input.EmployerId"] = employerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Date.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Date.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Date.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.StartTime"] = start,
        ["Input.EndTime"] = end,
        ["Input.Location"] = location,
        ["Input.HostName"] = "Hana Host",
        ["Input.HostEmail"] = HostEmail,
        ["Input.YoungPeople"] = people.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
    };

    public static int IdFrom(FormClient.PageResult redirect) =>
        int.Parse(redirect.Location!.Split('?')[0].Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

    public static Ical.Net.Calendar? EncounterInvite(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().FirstOrDefault(a => a.FileName == "encounter.ics");
        if (part is null)
        {
            return null;
        }

        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
