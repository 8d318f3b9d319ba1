using System.Numerics;
using SendCareers.Domain.People;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Matching;

/// <summary>
/// The rules, in one place: which pairs are excluded and how eligible pairs score. Works on prepared
/// facts and allocates nothing, so ranking, the reverse ranking, the allocator and the reason writer all
/// share it and can never disagree.
/// </summary>
internal static class PairScorer
{
    /// <summary>What a factor scores when there is not enough information to judge it: neither credit nor penalty.</summary>
    public const double Neutral = 0.5;

    /// <summary>A sector the young person wants to try counts for less than a stated interest.</summary>
    public const double WantsToTryCredit = 0.75;

    /// <summary>Each task the young person enjoys that the role involves adds this much to the interest factor.</summary>
    public const double TaskCredit = 0.25;

    /// <summary>
    /// How far over a young person's weekly maximum an opening may go and still be offered: 25%. Within
    /// it (say 12 hours for a 10-hour maximum) a coach can often agree shorter hours, so the opening stays
    /// in with its hours marked as not met and never called a good fit; beyond it (a 30-hour
    /// apprenticeship for someone who can do 10) it is left out, with the reason.
    /// </summary>
    public const double HoursTolerance = 0.25;

    /// <summary>Support that is about getting in and around the building: it cannot be arranged on the day, so a match without it is never a good fit.</summary>
    public const SupportFeature AccessNeeds = SupportFeature.StepFreeAccess | SupportFeature.AccessibleToilet;

    public const int SupportedInternshipMinimumAge = 16;
    public const int SupportedInternshipMaximumAge = 24;

    /// <summary>
    /// Checks every hard constraint and reports all that fail. With <paramref name="stopAtFirst"/> it
    /// returns as soon as one fails (the allocator only needs yes or no); the cheap flag checks run
    /// before the distance and age arithmetic for that reason.
    /// </summary>
    public static PairAssessment Assess(CandidateProfile person, in OpeningFacts opening, int today, bool stopAtFirst = false)
    {
        var exclusions = HardConstraint.None;
        if (!opening.IsOpen)
        {
            exclusions |= HardConstraint.NotOpen;
        }

        if (opening.PlacesLeft == 0)
        {
            exclusions |= HardConstraint.NoPlacesLeft;
        }

        if (opening.EndDay < today)
        {
            exclusions |= HardConstraint.Ended;
        }

        if (!person.Source.HasEhcp)
        {
            // One reason is enough when a supported internship also lists the EHCP requirement itself.
            if (opening.IsSupportedInternship)
            {
                exclusions |= HardConstraint.SupportedInternshipNeedsEhcp;
            }
            else if (opening.EhcpRequired)
            {
                exclusions |= HardConstraint.EhcpRequired;
            }
        }

        if ((opening.Environment & person.EnvironmentToAvoid) != 0)
        {
            exclusions |= HardConstraint.AvoidedEnvironment;
        }

        if (opening.Days != WeekDays.None && person.Days != WeekDays.None && (opening.Days & person.Days) == 0)
        {
            exclusions |= HardConstraint.NoCommonDay;
        }

        if ((opening.SectorBit & person.AvoidBits) != 0)
        {
            exclusions |= HardConstraint.AvoidedSector;
        }

        // NaN (not stated) compares false, so unknown hours never exclude.
        if (opening.HoursPerWeek > person.MaxHours * (1 + HoursTolerance))
        {
            exclusions |= HardConstraint.TooManyHours;
        }

        var distance = double.NaN;
        var ageOnDay = opening.StartDay > today ? opening.StartDay : today;
        var age = -1;
        if (stopAtFirst && exclusions != HardConstraint.None)
        {
            return new PairAssessment { Exclusions = exclusions, DistanceKm = distance, Age = age, AgeOnDay = ageOnDay };
        }

        if (person.HasHome && opening.HasLocation)
        {
            distance = Geo.Kilometres(
                person.LatitudeRadians, person.LongitudeRadians, person.CosLatitude,
                opening.LatitudeRadians, opening.LongitudeRadians, opening.CosLatitude);
            if (distance > person.RangeKm)
            {
                // NaN range (not recorded) compares false, so an unknown range never excludes.
                exclusions |= HardConstraint.BeyondTravelRange;
            }
        }

        if (stopAtFirst && exclusions != HardConstraint.None)
        {
            return new PairAssessment { Exclusions = exclusions, DistanceKm = distance, Age = age, AgeOnDay = ageOnDay };
        }

        // Age is judged on the start date, or today once the opening has started.
        if (opening.HasAgeRule && person.DateOfBirth is { } born)
        {
            age = SchoolYear.AgeOn(born, DateOnly.FromDayNumber(ageOnDay));
            if (opening.MinimumAge >= 0 && age < opening.MinimumAge)
            {
                exclusions |= HardConstraint.BelowMinimumAge;
            }

            if (opening.MaximumAge >= 0 && age > opening.MaximumAge)
            {
                exclusions |= HardConstraint.AboveMaximumAge;
            }

            if (opening.IsSupportedInternship && (age < SupportedInternshipMinimumAge || age > SupportedInternshipMaximumAge))
            {
                exclusions |= HardConstraint.SupportedInternshipAge;
            }
        }

        return new PairAssessment { Exclusions = exclusions, DistanceKm = distance, Age = age, AgeOnDay = ageOnDay };
    }

    public static FactorScores Score(CandidateProfile person, in OpeningFacts opening, double distanceKm, in ScoringWeights weights)
    {
        var interest = InterestFactor(person, opening);
        var skills = SkillsFactor(person, opening);
        var support = SupportFactor(person, opening);
        var distance = DistanceFactor(person, distanceKm);
        var experience = double.IsNaN(opening.Experience) ? Neutral : opening.Experience;
        var schedule = (HoursFit(person, opening) + DaysFit(person, opening)) / 2;
        var variety = VarietyFactor(person, opening);
        var total = (weights.Interest * interest) + (weights.Skills * skills) + (weights.Support * support)
            + (weights.Distance * distance) + (weights.Experience * experience) + (weights.Schedule * schedule)
            + (weights.Variety * variety);
        return new FactorScores
        {
            Interest = interest,
            Skills = skills,
            Support = support,
            Distance = distance,
            Experience = experience,
            Schedule = schedule,
            Variety = variety,
            Score = Math.Clamp((int)Math.Round(total * 100, MidpointRounding.AwayFromZero), 0, 100),
        };
    }

    public static double InterestFactor(CandidateProfile person, in OpeningFacts opening)
    {
        if (!person.HasInterestInformation)
        {
            return Neutral;
        }

        var sector = (person.InterestBits & opening.SectorBit) != 0 ? 1
            : (person.WantBits & opening.SectorBit) != 0 ? WantsToTryCredit
            : 0;
        var tasks = TagVocabulary.CountShared(person.TaskTags, opening.TaskTags);
        return Math.Min(1, sector + (TaskCredit * tasks));
    }

    public static double SkillsFactor(CandidateProfile person, in OpeningFacts opening)
    {
        if (!person.HasSkills || opening.SkillTags.Length == 0)
        {
            return Neutral;
        }

        return TagVocabulary.CountShared(person.SkillTags, opening.SkillTags) / (double)opening.SkillTags.Length;
    }

    public static double SupportFactor(CandidateProfile person, in OpeningFacts opening)
    {
        if (person.NeedCount == 0)
        {
            return Neutral;
        }

        var met = BitOperations.PopCount((uint)(person.Needs & opening.Support))
            + BitOperations.PopCount((uint)(person.CommunicationNeeds & opening.Communication));
        return met / (double)person.NeedCount;
    }

    /// <summary>1 on the doorstep, falling in a straight line to 0 at the edge of the young person's range.</summary>
    public static double DistanceFactor(CandidateProfile person, double distanceKm)
    {
        if (double.IsNaN(distanceKm) || double.IsNaN(person.RangeKm))
        {
            return Neutral;
        }

        if (person.RangeKm <= 0)
        {
            return distanceKm <= 0 ? 1 : 0;
        }

        return Math.Clamp(1 - (distanceKm / person.RangeKm), 0, 1);
    }

    /// <summary>1 within the young person's weekly maximum, falling to 0 at twice it.</summary>
    public static double HoursFit(CandidateProfile person, in OpeningFacts opening)
    {
        if (double.IsNaN(opening.HoursPerWeek) || double.IsNaN(person.MaxHours))
        {
            return Neutral;
        }

        if (opening.HoursPerWeek <= person.MaxHours)
        {
            return 1;
        }

        return person.MaxHours <= 0 ? 0 : Math.Clamp(1 - ((opening.HoursPerWeek - person.MaxHours) / person.MaxHours), 0, 1);
    }

    /// <summary>Share of the opening's days the young person is available.</summary>
    public static double DaysFit(CandidateProfile person, in OpeningFacts opening)
    {
        if (opening.Days == WeekDays.None || person.Days == WeekDays.None)
        {
            return Neutral;
        }

        return BitOperations.PopCount((uint)(opening.Days & person.Days)) / (double)BitOperations.PopCount((uint)opening.Days);
    }

    /// <summary>
    /// 1 for a sector new to the young person; 0 for one they have done before, and 0 for a stereotyped
    /// sector unless their interests or wants-to-try name it.
    /// </summary>
    public static double VarietyFactor(CandidateProfile person, in OpeningFacts opening)
    {
        if (opening.SectorBit == 0)
        {
            return Neutral;
        }

        if (IsUnaskedStereotype(person, opening))
        {
            return 0;
        }

        return (person.PreviousBits & opening.SectorBit) != 0 ? 0 : 1;
    }

    public static bool IsUnaskedStereotype(CandidateProfile person, in OpeningFacts opening) =>
        (opening.SectorBit & StereotypedSectors.Mask) != 0 && ((person.InterestBits | person.WantBits) & opening.SectorBit) == 0;
}
