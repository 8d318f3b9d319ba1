using System.Globalization;

namespace SendCareers.Web.Employers;

/// <summary>Checks the hours of a cornerstone pledge.</summary>
public static class PledgeValidation
{
    public static bool TryHours(string? text, out int hours, out string? error)
    {
        hours = 0;
        error = null;
        var cleaned = EmployerProfileValidator.Clean(text);
        if (cleaned.Length == 0)
        {
            error = "Enter the hours pledged for this academic year";
        }
        else if (cleaned.Length > 6 || !int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out hours))
        {
            error = "Enter hours as a whole number, like 40";
        }
        else if (hours is < 1 or > EmployerProfileValidator.MaxHoursPerYear)
        {
            error = $"Pledged hours must be between 1 and {EmployerProfileValidator.MaxHoursPerYear:N0}";
        }

        return error is null;
    }
}
