using System.Globalization;

namespace SendCareers.Domain.Reminders;

/// <summary>
/// The slot part of a debrief's dedupe key: "end" for the whole placement, "rotation-2-end" after a
/// supported internship's second rotation. A chaser's slot adds the respondent in front
/// ("employer-rotation-2-end"), so the rotation can be read back from either.
/// </summary>
public static class DebriefSlot
{
    public const string End = "end";

    private const string RotationPrefix = "rotation-";
    private const string RotationSuffix = "-end";

    public static string AfterRotation(int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{RotationPrefix}{number}{RotationSuffix}");

    /// <summary>The rotation a debrief or chaser slot is about, or null for the whole placement.</summary>
    public static int? RotationOf(string slot)
    {
        var start = slot.LastIndexOf(RotationPrefix, StringComparison.Ordinal);
        if (start < 0 || !slot.EndsWith(RotationSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        var digits = slot[(start + RotationPrefix.Length)..^RotationSuffix.Length];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
    }
}
