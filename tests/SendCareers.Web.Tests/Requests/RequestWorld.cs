using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SendCareers.Domain.Places;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Requests;

/// <summary>
/// A hub for request tests: the demo employers no longer offer talks, and five new ones do, near the demo
/// coach's school unless said otherwise. The hub asks for employer's liability insurance before a talk.
/// </summary>
public static class RequestWorld
{
    public sealed record Employers(int Builder, int Carpenter, int Hospital, int FarAway, int Unchecked);

    /// <param name="demoEmployerFits">The demo employer offers talks too, outside the sector asked for, so it ranks after the builders.</param>
    public static Task<Employers> SeedAsync(SendCareersApp app, DateOnly insuredUntil, bool demoEmployerFits = false) =>
        app.WithDbAsync(async db =>
        {
            var outcodes = app.Services.GetRequiredService<OutcodeDirectory>();
            var school = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.School!.OutwardCode).SingleAsync();
            foreach (var employer in await db.Employers.ToListAsync())
            {
                employer.Offers = [.. employer.Offers.Where(o => o != OfferKind.TalkOrAssembly)];
            }

            db.SafeguardingRequirements.Add(new SafeguardingRequirement { Activity = OpeningKind.EncounterTalk, Checks = SafeguardingCheck.EmployersLiabilityInsurance, UpdatedAtUtc = DateTime.UtcNow });
            Employer Make(string name, Sector sector, TimeSlots times, string outcode, int? miles) => new()
            {
                OrganisationName = name,
                ContactName = $"{name} Contact",
                ContactEmail = $"{name.ToLowerInvariant().Replace(' ', '.')}@example.com",
                Postcode = outcode + " 1AA",
                OutwardCode = outcode,
                LocationKnown = outcodes.IsKnown(outcode),
                Sectors = [sector],
                Offers = [OfferKind.TalkOrAssembly],
                Days = WeekDays.Weekdays,
                Times = times,
                TravelMiles = miles,
                Status = EmployerStatus.Approved,
                HoursPledgedPerYear = 20,
                CreatedAtUtc = DateTime.UtcNow,
            };
            var builder = Make("Bright Builders", Sector.Construction, TimeSlots.Mornings | TimeSlots.Afternoons, school, 20);
            var carpenter = Make("Oak Carpentry", Sector.Construction, TimeSlots.AfterSchool, school, 20);
            var hospital = Make("City Hospital", Sector.HealthAndCare, TimeSlots.Mornings, school, 20);
            var far = Make("Northern Stone", Sector.Construction, TimeSlots.Mornings, "KW1", 5);
            var unchecked_ = Make("Unchecked Roofing", Sector.Construction, TimeSlots.Mornings, school, 20);
            db.Employers.AddRange(builder, carpenter, hospital, far, unchecked_);
            await db.SaveChangesAsync();
            foreach (var insured in new[] { builder, carpenter, hospital, far })
            {
                db.EmployerChecks.Add(new EmployerCheck { EmployerId = insured.Id, Check = SafeguardingCheck.EmployersLiabilityInsurance, ExpiresOn = insuredUntil, RecordedAtUtc = DateTime.UtcNow });
            }

            if (demoEmployerFits)
            {
                var demo = await db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.Employer!).SingleAsync();
                demo.Offers = [OfferKind.TalkOrAssembly];
                demo.Sectors = [Sector.Retail];
                demo.Days = WeekDays.Weekdays;
                demo.Times = TimeSlots.Mornings;
                demo.OutwardCode = school;
                demo.LocationKnown = outcodes.IsKnown(school);
                demo.TravelMiles = 20;
                db.EmployerChecks.RemoveRange(db.EmployerChecks.Where(c => c.EmployerId == demo.Id && c.Check == SafeguardingCheck.EmployersLiabilityInsurance));
                db.EmployerChecks.Add(new EmployerCheck { EmployerId = demo.Id, Check = SafeguardingCheck.EmployersLiabilityInsurance, ExpiresOn = insuredUntil, RecordedAtUtc = DateTime.UtcNow });
            }

            await db.SaveChangesAsync();
            return new Employers(builder.Id, carpenter.Id, hospital.Id, far.Id, unchecked_.Id);
        });

    /// <summary>Two young people at the demo coach's school.</summary>
    public static Task<IReadOnlyList<int>> GroupAsync(SendCareersApp app) =>
        app.WithDbAsync<IReadOnlyList<int>>(async db =>
        {
            var schoolId = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId).SingleAsync();
            return await db.YoungPeople.Where(p => p.SchoolId == schoolId && p.ErasedAtUtc == null && p.LeftOn == null).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
        });

    public static Dictionary<string, object?> Form(IEnumerable<int> people, DateOnly first, DateOnly last, string[]? days = null, string waveSize = "2", string hours = "24") => new()
    {
        ["Input.Title"] = "Working in construction",
        ["Input.Kind"] = "EncounterTalk",
        ["Input.Sectors"] = new[] { "Construction" },
        ["Input.FirstDay.Day"] = first.Day.ToString(CultureInfo.InvariantCulture),
        ["Input.FirstDay.Month"] = first.Month.ToString(CultureInfo.InvariantCulture),
        ["Input.FirstDay.Year"] = first.Year.ToString(CultureInfo.InvariantCulture),
        ["Input.LastDay.Day"] = last.Day.ToString(CultureInfo.InvariantCulture),
        ["Input.LastDay.Month"] = last.Month.ToString(CultureInfo.InvariantCulture),
        ["Input.LastDay.Year"] = last.Year.ToString(CultureInfo.InvariantCulture),
        ["Input.Days"] = days ?? ["Tuesday", "Thursday"],
        ["Input.StartTime"] = "10am",
        ["Input.EndTime"] = "11:30am",
        ["Input.Venue"] = "AtSchool",
        ["Input.YoungPeople"] = people.Select(p => p.ToString(CultureInfo.InvariantCulture)).ToArray(),
        ["Input.WaveSize"] = waveSize,
        ["Input.AnswerHours"] = hours,
    };

    /// <summary>The "I can do it" link in an invitation e-mail, as a path.</summary>
    public static string AnswerLink(MimeMessage message) =>
        Placements.PlacementWorld.Links(message, "/requests/answer/").First(l => !l.Contains('?', StringComparison.Ordinal));

    public static int IdFrom(FormClient.PageResult redirect) =>
        int.Parse(redirect.Location!.Split('?')[0].Split('/').Last(), CultureInfo.InvariantCulture);
}
