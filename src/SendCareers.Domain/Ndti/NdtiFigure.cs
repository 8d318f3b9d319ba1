using System.Globalization;

namespace SendCareers.Domain.Ndti;

/// <summary>One cell of the table: a count, or a percentage when <see cref="OutOf"/> is set.</summary>
public sealed record NdtiFigure(int Count, int? OutOf = null)
{
    public bool IsPercentage => OutOf is not null;

    public int? Percent => OutOf is > 0 ? (int)Math.Round(100m * Count / OutOf.Value, MidpointRounding.AwayFromZero) : null;

    /// <summary>"12", "40%", or "No data" for a percentage of nobody.</summary>
    public string Display => OutOf is null
        ? Count.ToString(CultureInfo.InvariantCulture)
        : Percent is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p}%") : "No data";
}
