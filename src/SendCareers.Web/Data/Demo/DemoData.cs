using Microsoft.AspNetCore.Identity;
using SendCareers.Domain.Places;
using SendCareers.Domain.People;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Data.Demo;

/// <summary>
/// A fictional hub for trying SendCareers: schools, colleges, employers and the three demo accounts.
/// Every name is invented. Only ever seeded in Development or when Demo:Seed is true.
/// </summary>
public sealed class DemoData(AppDbContext db, UserManager<AppUser> users, TimeProvider time, OutcodeDirectory outcodes, IEnumerable<IDemoSeeder> featureSeeders)
{
    public const string Password = "SendCareers-Demo-1";
    public const string AdminEmail = "admin@sendcareers.test";
    public const string CoachEmail = "coach@sendcareers.test";
    public const string EmployerEmail = "employer@sendcareers.test";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private int AcademicYear => SchoolYear.AcademicYearStarting(DateOnly.FromDateTime(Now));

    public async Task SeedAsync()
    {
        var hub = new Hub { Name = "Aire and Calder SEND Careers Hub", ContactEmail = "hub@sendcareers.test", SettingsSavedAtUtc = time.GetUtcNow().UtcDateTime, Version = Guid.NewGuid() };
        db.Hubs.Add(hub);

        var schools = new[]
        {
            NewSchool(hub, "Brookfield Lane School", SchoolKind.SpecialSchool, "Leeds", "LS8 2QT"),
            NewSchool(hub, "Hollin Park Academy", SchoolKind.SpecialSchool, "Wakefield", "WF2 7AA"),
            NewSchool(hub, "Riverside Specialist College", SchoolKind.SpecialCollege, "Bradford", "BD3 9HY"),
            NewSchool(hub, "Calder Valley College", SchoolKind.FurtherEducationCollege, "Kirklees", "HD1 3LD"),
        };
        db.Schools.AddRange(schools);

        var employers = DemoEmployers().ToList();
        db.Employers.AddRange(employers);
        await db.SaveChangesAsync();

        await AddUserAsync(AdminEmail, "Priya Natarajan", Roles.HubAdmin);
        await AddUserAsync(CoachEmail, "Tom Ellery", Roles.JobCoach, schoolId: schools[0].Id);
        await AddUserAsync("coach.hollin@sendcareers.test", "Grace Adeyemi", Roles.JobCoach, schoolId: schools[1].Id);
        await AddUserAsync("coach.riverside@sendcareers.test", "Daniel Marsh", Roles.JobCoach, schoolId: schools[2].Id);
        await AddUserAsync("coach.calder@sendcareers.test", "Aisha Rahman", Roles.JobCoach, schoolId: schools[3].Id);
        await AddUserAsync(EmployerEmail, employers[0].ContactName, Roles.Employer, employerId: employers[0].Id);

        var context = new DemoContext(hub, schools, employers);
        foreach (var seeder in featureSeeders.OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(context);
            await db.SaveChangesAsync();
        }
    }

    private School NewSchool(Hub hub, string name, SchoolKind kind, string authority, string postcode)
    {
        var parsed = Parse(postcode);
        return new School { Hub = hub, Name = name, Kind = kind, LocalAuthority = authority, Postcode = parsed.ToString(), OutwardCode = parsed.Outward };
    }

    private async Task AddUserAsync(string email, string name, string role, int? schoolId = null, int? employerId = null)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            SchoolId = schoolId,
            EmployerId = employerId,
            CreatedAtUtc = Now,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
    }

    private IEnumerable<Employer> DemoEmployers()
    {
        // (name, contact, postcode, sectors, size, offers, hours, cornerstone, disability confident)
        var rows = new (string Name, string Contact, string Postcode, Sector[] Sectors, OrganisationSize Size, OfferKind[] Offers, int Hours, bool Cornerstone, DisabilityConfidentLevel Dc)[]
        {
            ("Kirkgate Community Hospital", "Helen Okafor", "LS9 7TF", [Sector.HealthAndCare, Sector.Catering, Sector.BusinessAndAdmin], OrganisationSize.Large, [OfferKind.SupportedInternship, OfferKind.WorkplaceVisit, OfferKind.MockInterviews, OfferKind.WorkExperience], 120, true, DisabilityConfidentLevel.Leader),
            ("Aire Valley Logistics", "Mark Brennan", "WF10 5QR", [Sector.Logistics, Sector.Transport], OrganisationSize.Large, [OfferKind.WorkExperience, OfferKind.SupportedInternship, OfferKind.Apprenticeship, OfferKind.TalkOrAssembly], 80, true, DisabilityConfidentLevel.Employer),
            ("Pennine Paws Animal Rescue", "Jo Whitaker", "HD7 5UJ", [Sector.AnimalCare, Sector.Environment], OrganisationSize.Small, [OfferKind.WorkExperience, OfferKind.WorkplaceVisit, OfferKind.TalkOrAssembly], 30, false, DisabilityConfidentLevel.Committed),
            ("Northern Lights Theatre", "Sam Okonkwo", "LS2 7UP", [Sector.ArtsAndMedia, Sector.Hospitality], OrganisationSize.Medium, [OfferKind.WorkplaceVisit, OfferKind.WorkExperience, OfferKind.Mentoring], 40, false, DisabilityConfidentLevel.Committed),
            ("Calder Bytes IT Services", "Ravi Sharma", "HD1 2QA", [Sector.Digital, Sector.BusinessAndAdmin], OrganisationSize.Small, [OfferKind.TalkOrAssembly, OfferKind.CvAndApplicationHelp, OfferKind.WorkExperience, OfferKind.JobCarving], 25, false, DisabilityConfidentLevel.Employer),
            ("Wakefield City Council Parks", "Ellie Firth", "WF1 2EB", [Sector.Gardening, Sector.Environment, Sector.PublicServices], OrganisationSize.Large, [OfferKind.WorkExperience, OfferKind.SupportedInternship, OfferKind.WorkplaceVisit], 100, true, DisabilityConfidentLevel.Leader),
            ("Bradford Bakehouse", "Nadia Hussain", "BD1 1NS", [Sector.Catering, Sector.Retail], OrganisationSize.Micro, [OfferKind.WorkExperience, OfferKind.TalkOrAssembly], 12, false, DisabilityConfidentLevel.NotYet),
            ("Leeds Central Library", "Owen Price", "LS1 3AB", [Sector.PublicServices, Sector.Education, Sector.BusinessAndAdmin], OrganisationSize.Large, [OfferKind.WorkplaceVisit, OfferKind.WorkExperience, OfferKind.JobCarving, OfferKind.Mentoring], 60, false, DisabilityConfidentLevel.Employer),
            ("Spen Valley Engineering", "Karen Lodge", "WF15 6QF", [Sector.Engineering, Sector.Manufacturing], OrganisationSize.Medium, [OfferKind.Apprenticeship, OfferKind.WorkplaceVisit, OfferKind.MockInterviews], 45, false, DisabilityConfidentLevel.Committed),
            ("Greenway Supermarkets Pudsey", "Lee Barraclough", "LS28 7TE", [Sector.Retail, Sector.Logistics], OrganisationSize.Large, [OfferKind.WorkExperience, OfferKind.SupportedInternship, OfferKind.MockInterviews, OfferKind.CvAndApplicationHelp], 90, true, DisabilityConfidentLevel.Employer),
            ("Roundhay Hotel and Spa", "Chloe Dunn", "LS8 1DF", [Sector.Hospitality, Sector.HairAndBeauty, Sector.Cleaning], OrganisationSize.Medium, [OfferKind.WorkExperience, OfferKind.WorkplaceVisit], 30, false, DisabilityConfidentLevel.NotYet),
            ("Dewsbury Leisure Centre", "Imran Patel", "WF13 1HQ", [Sector.Leisure, Sector.Cleaning, Sector.Hospitality], OrganisationSize.Medium, [OfferKind.WorkExperience, OfferKind.TalkOrAssembly, OfferKind.JobCarving], 35, false, DisabilityConfidentLevel.Committed),
            ("Yorkshire Rail Maintenance", "Beth Holroyd", "LS11 5BZ", [Sector.Transport, Sector.Engineering], OrganisationSize.Large, [OfferKind.TalkOrAssembly, OfferKind.Apprenticeship, OfferKind.MockInterviews], 50, false, DisabilityConfidentLevel.Employer),
            ("Shipley Print Works", "Gareth Moss", "BD18 3SB", [Sector.Manufacturing, Sector.ArtsAndMedia], OrganisationSize.Small, [OfferKind.WorkExperience, OfferKind.JobCarving], 20, false, DisabilityConfidentLevel.Committed),
            ("Ossett Care Homes", "Linda Shaw", "WF5 8AD", [Sector.HealthAndCare, Sector.Catering], OrganisationSize.Medium, [OfferKind.WorkExperience, OfferKind.SupportedInternship, OfferKind.TalkOrAssembly], 40, false, DisabilityConfidentLevel.Employer),
        };

        var index = 0;
        foreach (var row in rows)
        {
            var postcode = Parse(row.Postcode);
            var slug = new string(row.Name.ToLowerInvariant().Where(char.IsLetter).Take(16).ToArray());
            var employer = new Employer
            {
                OrganisationName = row.Name,
                ContactName = row.Contact,
                ContactEmail = index == 0 ? EmployerEmail : $"{slug}@sendcareers.test",
                Postcode = postcode.ToString(),
                OutwardCode = postcode.Outward,
                LocationKnown = outcodes.IsKnown(postcode.Outward),
                Sectors = [.. row.Sectors],
                Size = row.Size,
                Offers = [.. row.Offers],
                HoursPledgedPerYear = row.Hours,
                Days = index % 3 == 0 ? WeekDays.Weekdays : WeekDays.Tuesday | WeekDays.Wednesday | WeekDays.Thursday,
                Times = TimeSlots.Mornings | TimeSlots.Afternoons,
                TravelMiles = index % 4 == 0 ? null : 10 + (index * 2),
                Access = index % 2 == 0 ? WorkplaceAccess.StepFree | WorkplaceAccess.QuietSpace | WorkplaceAccess.AccessibleToilet : WorkplaceAccess.StepFree,
                DisabilityConfident = row.Dc,
                ListPublicly = index != 6,
                ConsentToContact = true,
                Status = EmployerStatus.Approved,
                IsCornerstone = row.Cornerstone,
                CreatedAtUtc = Now.AddDays(-400 + index),
                VerifiedAtUtc = Now.AddDays(-399 + index),
                DecidedAtUtc = Now.AddDays(-398 + index),
            };
            if (row.Cornerstone)
            {
                employer.Pledges.Add(new CornerstonePledge { AcademicYearStart = AcademicYear, HoursPledged = row.Hours, Commitment = "Encounters each term and supported internship places" });
                employer.Pledges.Add(new CornerstonePledge { AcademicYearStart = AcademicYear - 1, HoursPledged = row.Hours - 10, Commitment = "Encounters each term" });
            }

            index++;
            yield return employer;
        }

        // Two sign-ups waiting for the hub administrator, so the approval queue is not empty.
        yield return PendingEmployer("Moorside Garden Centre", "Paul Greaves", "LS16 8AB", [Sector.Gardening, Sector.Retail], [OfferKind.WorkExperience, OfferKind.WorkplaceVisit], 15);
        yield return PendingEmployer("Castleford Tech Solutions", "Zara Ahmed", "WF10 1AA", [Sector.Digital], [OfferKind.TalkOrAssembly, OfferKind.MockInterviews], 10);
    }

    private Employer PendingEmployer(string name, string contact, string postcodeText, Sector[] sectors, OfferKind[] offers, int hours)
    {
        var postcode = Parse(postcodeText);
        var slug = new string(name.ToLowerInvariant().Where(char.IsLetter).Take(16).ToArray());
        return new Employer
        {
            OrganisationName = name,
            ContactName = contact,
            ContactEmail = $"{slug}@sendcareers.test",
            Postcode = postcode.ToString(),
            OutwardCode = postcode.Outward,
            LocationKnown = outcodes.IsKnown(postcode.Outward),
            Sectors = [.. sectors],
            Size = OrganisationSize.Small,
            Offers = [.. offers],
            HoursPledgedPerYear = hours,
            Days = WeekDays.Monday | WeekDays.Friday,
            Times = TimeSlots.Mornings,
            TravelMiles = 15,
            Access = WorkplaceAccess.StepFree,
            DisabilityConfident = DisabilityConfidentLevel.NotYet,
            ListPublicly = true,
            ConsentToContact = true,
            Status = EmployerStatus.AwaitingApproval,
            CreatedAtUtc = Now.AddDays(-3),
            VerifiedAtUtc = Now.AddDays(-2),
        };
    }

    internal static Postcode Parse(string postcode) =>
        Postcode.TryParse(postcode, out var parsed) ? parsed : throw new ArgumentException($"Demo postcode {postcode} is malformed", nameof(postcode));
}
