namespace SendCareers.Web.Evidence;

/// <summary>One bar: its label, its value, and the text shown at its end ("12 of 40").</summary>
public sealed record Bar(string Label, decimal Value, string Text);

/// <summary>
/// A horizontal bar chart drawn on the server as SVG, with a title and description for screen readers.
/// Pages show the same figures in a table beside it, so nothing depends on seeing the chart.
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<Bar> Bars, decimal Maximum)
{
    // Each label sits on its own line above its bar, so the drawing stays narrow enough to read on a phone.
    public const int Width = 320;
    public const int LabelHeight = 18;
    public const int BarHeight = 18;
    public const int Gap = 12;
    public const int Row = LabelHeight + BarHeight + Gap;
    public const int ValueRoom = 70;

    public int Height => Math.Max(1, Bars.Count) * Row;

    public decimal Scale => Maximum <= 0 ? 0 : (Width - ValueRoom) / Maximum;

    public static BarChart Percentages(string id, string title, string description, IEnumerable<Bar> bars) => new(id, title, description, bars.ToList(), 100);

    public static BarChart Counts(string id, string title, string description, IEnumerable<Bar> bars)
    {
        var list = bars.ToList();
        return new(id, title, description, list, list.Count == 0 ? 1 : Math.Max(1, list.Max(b => b.Value)));
    }
}
