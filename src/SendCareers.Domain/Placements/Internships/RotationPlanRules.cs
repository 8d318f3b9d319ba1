using SendCareers.Domain.Reminders;

namespace SendCareers.Domain.Placements.Internships;

/// <summary>
/// Checks a supported internship's rotation plan. A supported internship lasts at least six months
/// (DfE guidance); rotations are typically three blocks of 10 to 12 weeks so the intern learns a job
/// well enough to show an employer what they can do.
/// </summary>
public static class RotationPlanRules
{
    public const int MinimumInternshipMonths = 6;
    public const int TypicalRotationCount = 3;
    public const int TypicalMinimumWeeks = 10;
    public const int TypicalMaximumWeeks = 12;

    /// <summary>Below this a rotation is an error: too short to learn the tasks and be judged on them.</summary>
    public const int MinimumWeeks = 4;

    public static RotationPlanReview Check(DateOnly internshipStarts, DateOnly internshipEnds, IReadOnlyList<Rotation> rotations)
    {
        var problems = new List<RotationProblem>();

        if (internshipEnds <= internshipStarts)
        {
            problems.Add(PlanError("The internship's end date must be after its start date."));
            return new RotationPlanReview(problems);
        }

        // AddMonths keeps the day of the month (clamped at month end), which is how people count "six months".
        var earliestEnd = internshipStarts.AddMonths(MinimumInternshipMonths).AddDays(-1);
        if (internshipEnds < earliestEnd)
        {
            problems.Add(PlanError(
                $"A supported internship must last at least {MinimumInternshipMonths} months. " +
                $"One starting on {UkTime.FormatDate(internshipStarts)} must end on or after {UkTime.FormatDate(earliestEnd)}."));
        }

        if (rotations.Count == 0)
        {
            problems.Add(PlanError("Add at least one rotation."));
            return new RotationPlanReview(problems);
        }

        for (var i = 0; i < rotations.Count; i++)
        {
            CheckOne(i + 1, rotations[i], internshipStarts, internshipEnds, problems);
        }

        CheckOverlaps(rotations, problems);

        if (rotations.Count != TypicalRotationCount)
        {
            problems.Add(new RotationProblem(null, ProblemSeverity.Advice,
                $"Most supported internships have {TypicalRotationCount} rotations. This plan has {rotations.Count}."));
        }

        return new RotationPlanReview(problems);
    }

    private static void CheckOne(int number, Rotation rotation, DateOnly internshipStarts, DateOnly internshipEnds, List<RotationProblem> problems)
    {
        var label = Label(number, rotation);
        if (string.IsNullOrWhiteSpace(rotation.Name))
        {
            problems.Add(new RotationProblem(number, ProblemSeverity.Error, $"Enter a name for rotation {number}, such as the department") { Field = RotationField.Name });
        }

        if (rotation.Ends < rotation.Starts)
        {
            problems.Add(new RotationProblem(number, ProblemSeverity.Error, $"{label} ends before it starts.") { Field = RotationField.Ends });
            return;
        }

        if (rotation.Starts < internshipStarts || rotation.Ends > internshipEnds)
        {
            problems.Add(new RotationProblem(number, ProblemSeverity.Error,
                $"{label} must be within the internship, from {UkTime.FormatDate(internshipStarts)} to {UkTime.FormatDate(internshipEnds)}.")
            {
                Field = rotation.Starts < internshipStarts ? RotationField.Starts : RotationField.Ends,
            });
        }

        var weeks = rotation.Days / 7;
        if (weeks < MinimumWeeks)
        {
            problems.Add(new RotationProblem(number, ProblemSeverity.Error,
                $"{label} is {Length(rotation.Days)} long. A rotation needs at least {MinimumWeeks} weeks for the intern to learn the tasks.")
            {
                Field = RotationField.Ends,
            });
        }
        else if (weeks < TypicalMinimumWeeks || rotation.Days > TypicalMaximumWeeks * 7)
        {
            problems.Add(new RotationProblem(number, ProblemSeverity.Advice,
                $"{label} is {Length(rotation.Days)} long. Rotations usually last {TypicalMinimumWeeks} to {TypicalMaximumWeeks} weeks.")
            {
                Field = RotationField.Ends,
            });
        }
    }

    private static void CheckOverlaps(IReadOnlyList<Rotation> rotations, List<RotationProblem> problems)
    {
        var ordered = rotations
            .Select((rotation, index) => (Rotation: rotation, Number: index + 1))
            .Where(r => r.Rotation.Ends >= r.Rotation.Starts)
            .OrderBy(r => r.Rotation.Starts)
            .ToList();

        for (var i = 1; i < ordered.Count; i++)
        {
            // Compare with every earlier one, not just the previous: a long rotation can overlap several.
            for (var j = 0; j < i; j++)
            {
                var (earlier, later) = (ordered[j], ordered[i]);
                if (later.Rotation.Starts <= earlier.Rotation.Ends)
                {
                    problems.Add(new RotationProblem(later.Number, ProblemSeverity.Error,
                        $"{Label(later.Number, later.Rotation)} starts on {UkTime.FormatDate(later.Rotation.Starts)}, " +
                        $"before {Label(earlier.Number, earlier.Rotation, startOfSentence: false)} ends on {UkTime.FormatDate(earlier.Rotation.Ends)}. " +
                        "Rotations must not overlap.")
                    {
                        Field = RotationField.Starts,
                    });
                }
            }
        }
    }

    private static string Label(int number, Rotation rotation, bool startOfSentence = true)
    {
        var word = startOfSentence ? "Rotation" : "rotation";
        return string.IsNullOrWhiteSpace(rotation.Name) ? $"{word} {number}" : $"{word} {number} ({rotation.Name.Trim()})";
    }

    /// <summary>"11 weeks", "12 weeks and 3 days", "1 week and 1 day".</summary>
    private static string Length(int days)
    {
        var (weeks, rest) = (days / 7, days % 7);
        var weekText = weeks == 1 ? "1 week" : $"{weeks} weeks";
        return rest switch
        {
            0 => weekText,
            _ when weeks == 0 => rest == 1 ? "1 day" : $"{rest} days",
            1 => $"{weekText} and 1 day",
            _ => $"{weekText} and {rest} days",
        };
    }

    private static RotationProblem PlanError(string message) => new(null, ProblemSeverity.Error, message);
}
