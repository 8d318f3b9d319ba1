using SendCareers.Domain.People;
using SendCareers.Domain.Places;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Demo;

/// <summary>
/// Demo young people (11 per school or college, 44 in all) and 60 openings from the approved employers,
/// varied enough that each person's ranking looks different. Generated from a fixed seed: the same every run.
/// Every name is invented.
/// </summary>
public sealed class WorkDemoSeeder(AppDbContext db, TimeProvider time, OutcodeDirectory outcodes) : IDemoSeeder
{
    public int Order => 10;

    private static readonly string[] FirstNames =
    [
        "Alfie", "Amara", "Ben", "Chloe", "Darius", "Ellie", "Farah", "George", "Hana", "Isaac", "Jade",
        "Kieran", "Layla", "Mason", "Nadia", "Oscar", "Poppy", "Rhys", "Sana", "Theo", "Umar", "Violet",
        "Will", "Yasmin", "Zac", "Aiden", "Bella", "Callum", "Daisy", "Ethan", "Freya", "Harvey", "Imran",
        "Jess", "Kai", "Lily", "Max", "Niamh", "Owen", "Priya", "Ruby", "Sam", "Tia", "Zara",
    ];

    private static readonly Dictionary<string, string[]> HomeAreas = new()
    {
        ["LS8"] = ["LS7", "LS8", "LS9", "LS14", "LS17", "LS6", "LS11"],
        ["WF2"] = ["WF1", "WF2", "WF3", "WF4", "WF6", "WF5"],
        ["BD3"] = ["BD2", "BD3", "BD4", "BD5", "BD8", "BD10"],
        ["HD1"] = ["HD1", "HD2", "HD3", "HD4", "HD5", "HD7"],
    };

    private static readonly string[] Tasks = ["sorting and tidying", "talking to customers", "using a computer", "making things", "looking after animals", "working outside", "cooking", "counting stock", "fixing things", "helping people"];

    private static readonly string[] Strengths = ["punctual", "good with numbers", "friendly", "careful and accurate", "follows routines", "good memory for names", "practical", "calm with animals", "creative", "works well in a team", "reliable"];

    private static readonly string[] Aspirations =
    [
        "I want a job where I can help people.",
        "I would like to work with animals one day.",
        "I want to earn my own money and have a job with a team.",
        "I want to work in a shop and meet people.",
        "I like computers and want to work in an office.",
        "I want to build and fix things.",
        "I would like to work outdoors.",
        "I want to try lots of jobs and see what I like.",
    ];

    public async Task SeedAsync(DemoContext context)
    {
        var random = new Random(2026);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var now = time.GetUtcNow().UtcDateTime;
        var name = 0;
        foreach (var school in context.Schools)
        {
            var college = school.Kind != SchoolKind.SpecialSchool;
            for (var i = 0; i < 11; i++)
            {
                var age = college ? random.Next(16, 25) : random.Next(14, 19);
                var dob = today.AddYears(-age).AddDays(-random.Next(0, 360));
                var area = Pick(random, HomeAreas[school.OutwardCode]);
                var interests = PickSome(random, Enum.GetValues<Sector>(), 1, 3);
                var avoid = PickSome(random, Enum.GetValues<Sector>().Except(interests).ToArray(), 0, 2);
                var postcode = $"{area} {random.Next(1, 9)}{(char)('A' + random.Next(0, 26))}{(char)('A' + random.Next(0, 26))}";
                var person = new YoungPerson
                {
                    SchoolId = school.Id,
                    PreferredName = FirstNames[name++ % FirstNames.Length],
                    DateOfBirth = dob,
                    HasEhcp = random.NextDouble() < 0.85,
                    SendGroup = random.NextDouble() < 0.6 ? CareerSendGroup.Group1 : CareerSendGroup.Group2,
                    HomePostcode = postcode,
                    HomeOutwardCode = area,
                    HomeLocationKnown = outcodes.IsKnown(area),
                    Interests = [.. interests],
                    TaskInterests = string.Join(", ", PickSome(random, Tasks, 1, 3)),
                    Strengths = string.Join(", ", PickSome(random, Strengths, 2, 4)),
                    WantsToTry = [.. PickSome(random, Enum.GetValues<Sector>().Except(interests).Except(avoid).ToArray(), 0, 2)],
                    AvoidSectors = [.. avoid],
                    SupportNeeds = Flags(random, SupportFeature.NamedSupervisor, SupportFeature.QuietSpace, SupportFeature.WrittenInstructions, SupportFeature.VisualInstructions, SupportFeature.RegularBreaks, SupportFeature.NamedBuddy, SupportFeature.StepFreeAccess, SupportFeature.PreVisit),
                    AdjustmentsThatWork = random.NextDouble() < 0.5 ? "Show me the task first, then let me try. Tell me about changes the day before." : "Give me a written list of tasks and somewhere quiet for breaks.",
                    EnvironmentToAvoid = Flags(random, EnvironmentFactor.Noise, EnvironmentFactor.Crowds, EnvironmentFactor.Heights, EnvironmentFactor.StrongSmells, EnvironmentFactor.Animals, EnvironmentFactor.Outdoors) & (random.NextDouble() < 0.5 ? EnvironmentFactor.None : (EnvironmentFactor)~0),
                    Communication = random.NextDouble() switch
                    {
                        < 0.6 => CommunicationMethod.Speech,
                        < 0.75 => CommunicationMethod.Speech | CommunicationMethod.Makaton,
                        < 0.85 => CommunicationMethod.Symbols | CommunicationMethod.Makaton,
                        < 0.92 => CommunicationMethod.Bsl | CommunicationMethod.Writing,
                        _ => CommunicationMethod.Aac | CommunicationMethod.Symbols,
                    },
                    Travel = (TravelIndependence)random.Next(1, 4),
                    MaxTravelKm = random.Next(3, 6) * 3,
                    AvailableDays = Flags(random, WeekDays.Monday, WeekDays.Tuesday, WeekDays.Wednesday, WeekDays.Thursday, WeekDays.Friday) is var days and not WeekDays.None ? days : WeekDays.Wednesday,
                    MaxHoursPerWeek = college ? random.Next(3, 7) * 5 : random.Next(1, 4) * 5,
                    Aspirations = Pick(random, Aspirations),
                    EhcpEmploymentOutcome = college ? "To move into paid work for at least 16 hours a week with support." : "To try different workplaces and find out what I enjoy.",
                    ConsentToShareSummary = random.NextDouble() < 0.8,
                    CreatedAtUtc = now,
                    UpdatedAtUtc = now,
                };
                // No profile that contradicts itself (wants animal care, is calm with animals, and must avoid
                // animals): the random conditions to avoid lose any the rest of the profile asks for.
                person.EnvironmentToAvoid = Domain.Matching.ProfileContradictions.WithoutContradictions(AsProfile(person), [person.Aspirations ?? ""]);
                RefuseContradictions(person);
                db.YoungPeople.Add(person);
            }
        }

        var approved = context.Employers.Where(e => e.Status == EmployerStatus.Approved).ToList();
        for (var i = 0; i < 60; i++)
        {
            var employer = approved[i % approved.Count];
            db.Openings.Add(OpeningFor(employer, i, random, today, now));
        }

        await db.SaveChangesAsync();
    }

    private static Opening OpeningFor(Employer employer, int index, Random random, DateOnly today, DateTime now)
    {
        var sector = employer.Sectors.Count > 0 ? employer.Sectors[index % employer.Sectors.Count] : Sector.Retail;
        OpeningKind[] kinds =
        [
            OpeningKind.EncounterTalk, OpeningKind.EncounterVisit, OpeningKind.EncounterMockInterviews, OpeningKind.WorkExperience,
            OpeningKind.WorkExperience, OpeningKind.ExtendedPlacement, OpeningKind.SupportedInternship, OpeningKind.Apprenticeship, OpeningKind.JobCarvedRole,
        ];
        var kind = kinds[(index * 7 + employer.Id) % kinds.Length];
        var start = WorkingDayFrom(today.AddDays(random.Next(7, 90)));
        var opening = new Opening
        {
            EmployerId = employer.Id,
            Kind = kind,
            Sector = sector,
            Title = TitleFor(kind, sector),
            Tasks = TasksFor(sector),
            Postcode = employer.Postcode,
            OutwardCode = employer.OutwardCode,
            LocationKnown = employer.LocationKnown,
            Days = Flags(random, WeekDays.Monday, WeekDays.Tuesday, WeekDays.Wednesday, WeekDays.Thursday, WeekDays.Friday) is var d and not WeekDays.None ? d : WeekDays.Thursday,
            SupportOffered = Flags(random, SupportFeature.NamedSupervisor, SupportFeature.JobCoachWelcome, SupportFeature.QuietSpace, SupportFeature.StepFreeAccess, SupportFeature.AccessibleToilet, SupportFeature.WrittenInstructions, SupportFeature.VisualInstructions, SupportFeature.RegularBreaks, SupportFeature.NamedBuddy, SupportFeature.PreVisit),
            EnvironmentPresent = EnvironmentFor(sector),
            Status = OpeningStatus.Open,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        switch (kind)
        {
            case OpeningKind.EncounterTalk or OpeningKind.EncounterVisit or OpeningKind.EncounterMockInterviews:
                opening.StartsOn = start;
                opening.EndsOn = start;
                opening.StartTime = new TimeOnly(10, 0);
                opening.EndTime = new TimeOnly(11, 30);
                opening.Places = random.Next(6, 16);
                opening.Days = ToWeekDay(start.DayOfWeek);
                opening.MinimumAge = 14;
                break;
            case OpeningKind.WorkExperience:
                opening.StartsOn = start;
                opening.EndsOn = start.AddDays(11);
                opening.HoursPerWeek = random.Next(2, 5) * 5;
                opening.Places = random.Next(1, 4);
                opening.MinimumAge = 14;
                break;
            case OpeningKind.ExtendedPlacement or OpeningKind.JobCarvedRole:
                opening.StartsOn = start;
                opening.EndsOn = start.AddMonths(3);
                opening.HoursPerWeek = random.Next(1, 4) * 5;
                opening.Places = random.Next(1, 3);
                opening.MinimumAge = 16;
                break;
            case OpeningKind.SupportedInternship:
                opening.StartsOn = WorkingDayFrom(new DateOnly(today.Year + (today.Month >= 9 ? 1 : 0), 9, 7));
                opening.EndsOn = opening.StartsOn.Value.AddMonths(10);
                opening.HoursPerWeek = 20;
                opening.Places = random.Next(2, 5);
                opening.MinimumAge = 16;
                opening.MaximumAge = 24;
                opening.EhcpRequired = true;
                opening.SupportOffered |= SupportFeature.JobCoachWelcome | SupportFeature.NamedSupervisor;
                break;
            case OpeningKind.Apprenticeship:
                opening.StartsOn = start;
                opening.EndsOn = start.AddMonths(18);
                opening.HoursPerWeek = 30;
                opening.Places = 1;
                opening.MinimumAge = 16;
                opening.HasContract = true;
                break;
        }

        return opening;
    }

    /// <summary>The profile as matching reads it, for the contradiction check.</summary>
    internal static Domain.Matching.MatchCandidate AsProfile(YoungPerson person) => new()
    {
        Id = person.Id,
        Interests = person.Interests,
        WantsToTry = person.WantsToTry,
        AvoidSectors = person.AvoidSectors,
        EnvironmentToAvoid = person.EnvironmentToAvoid,
        TaskInterests = Phrases(person.TaskInterests),
        Skills = Phrases(person.Strengths),
    };

    /// <summary>Seeding stops rather than store a demo profile that contradicts itself.</summary>
    internal static void RefuseContradictions(YoungPerson person)
    {
        var found = Domain.Matching.ProfileContradictions.Find(AsProfile(person), [person.Aspirations ?? ""]);
        if (found.Count > 0)
        {
            throw new InvalidOperationException($"Demo profile for {person.PreferredName} contradicts itself: {string.Join("; ", found)}");
        }
    }

    private static string[] Phrases(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string TitleFor(OpeningKind kind, Sector sector)
    {
        var area = EnumLabels.For(sector).ToLowerInvariant();
        return kind switch
        {
            OpeningKind.EncounterTalk => $"Talk: a day in {area}",
            OpeningKind.EncounterVisit => $"Visit our {area} workplace",
            OpeningKind.EncounterMockInterviews => "Practice interviews with our team",
            OpeningKind.WorkExperience => $"Two weeks' work experience in {area}",
            OpeningKind.ExtendedPlacement => $"One day a week in {area} for a term",
            OpeningKind.SupportedInternship => $"Supported internship: {area}",
            OpeningKind.Apprenticeship => $"Level 2 apprenticeship in {area}",
            OpeningKind.JobCarvedRole => $"Assistant role in {area}, shaped around you",
            _ => area,
        };
    }

    private static string TasksFor(Sector sector) => sector switch
    {
        Sector.Retail => "Filling shelves\nHelping customers find things\nChecking prices",
        Sector.Catering or Sector.Hospitality => "Preparing vegetables\nClearing and wiping tables\nWelcoming guests",
        Sector.HealthAndCare => "Restocking supplies\nTaking drinks round\nPorter support",
        Sector.Logistics or Sector.Transport => "Scanning parcels\nSorting by route\nKeeping the depot tidy",
        Sector.Digital or Sector.BusinessAndAdmin => "Scanning and filing\nData entry\nAnswering the phone with a script",
        Sector.AnimalCare => "Feeding animals\nCleaning pens\nChecking water",
        Sector.Gardening or Sector.Environment => "Watering and weeding\nPotting plants\nLitter picking",
        Sector.Construction or Sector.Engineering or Sector.Manufacturing => "Sorting parts\nChecking stock\nKeeping the workshop tidy",
        _ => "Helping the team with everyday tasks",
    };

    private static EnvironmentFactor EnvironmentFor(Sector sector) => sector switch
    {
        Sector.Catering or Sector.Hospitality => EnvironmentFactor.Noise | EnvironmentFactor.StrongSmells | EnvironmentFactor.Crowds,
        Sector.Retail or Sector.Leisure => EnvironmentFactor.Crowds | EnvironmentFactor.BrightLights,
        Sector.AnimalCare => EnvironmentFactor.Animals | EnvironmentFactor.Outdoors | EnvironmentFactor.StrongSmells,
        Sector.Gardening or Sector.Environment => EnvironmentFactor.Outdoors,
        Sector.Construction => EnvironmentFactor.Noise | EnvironmentFactor.Heights | EnvironmentFactor.Machinery | EnvironmentFactor.Outdoors,
        Sector.Engineering or Sector.Manufacturing or Sector.Logistics => EnvironmentFactor.Noise | EnvironmentFactor.Machinery,
        Sector.Transport => EnvironmentFactor.Noise,
        _ => EnvironmentFactor.None,
    };

    private static WeekDays ToWeekDay(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => WeekDays.Monday,
        DayOfWeek.Tuesday => WeekDays.Tuesday,
        DayOfWeek.Wednesday => WeekDays.Wednesday,
        DayOfWeek.Thursday => WeekDays.Thursday,
        DayOfWeek.Friday => WeekDays.Friday,
        DayOfWeek.Saturday => WeekDays.Saturday,
        _ => WeekDays.Sunday,
    };

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static T[] PickSome<T>(Random random, T[] items, int min, int max)
    {
        var count = Math.Min(items.Length, random.Next(min, max + 1));
        return items.OrderBy(_ => random.Next()).Take(count).ToArray();
    }

    private static TEnum Flags<TEnum>(Random random, params TEnum[] choices)
        where TEnum : struct, Enum
    {
        long value = 0;
        foreach (var choice in choices)
        {
            if (random.NextDouble() < 0.35)
            {
                value |= Convert.ToInt64(choice);
            }
        }

        return (TEnum)Enum.ToObject(typeof(TEnum), value);
    }

    /// <summary>The first weekday on or after <paramref name="day"/> that is not a bank holiday: demo openings start on working days.</summary>
    internal static DateOnly WorkingDayFrom(DateOnly day)
    {
        while (Domain.Calendar.StartDateWarnings.For(day).Count > 0)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
