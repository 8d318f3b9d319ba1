namespace SendCareers.Web.Evidence;

/// <summary>One bar: its label, its value, and the text shown at its end ("12 of 40").</summary>
public sealed record Bar(string Label, decimal Value, string Text);

/// <summary>
/// A horizontal bar chart drawn on the server as SVG, with a title and description for screen readers.
/// Pages show the same figures in a table beside it, so nothing depends on seeing the chart.
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<Bar> Bars, decimal Maximum)
{
    public const int Width = 640;
    public const int LabelWidth = 220;
    public const int BarHeight = 28;
    public const int Gap = 10;

    public int Height => Math.Max(1, Bars.Count) * (BarHeight + Gap) + Gap;

    public decimal Scale => Maximum <= 0 ? 0 : (Width - LabelWidth - 90) / Maximum;

    public static BarChart Percentages(string id, string title, string description, IEnumerable<Bar> bars) => new(id, title, description, bars.ToList(), 100);

    public static BarChart Counts(string id, string title, string description, IEnumerable<Bar> bars)
    {
        var list = bars.ToList();
        return new(id, title, description, list, list.Count == 0 ? 1 : Math.Max(1, list.Max(b => b.Value)));
    }
}
