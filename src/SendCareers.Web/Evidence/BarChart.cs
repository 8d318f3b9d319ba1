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

    /// <summary>A label longer than this wraps onto more lines: SVG text does not wrap, and 14px text fills the width at about 44.</summary>
    public const int MostLabelCharacters = 38;

    public int Height => Math.Max(Row, Rows().Sum(r => r.Lines.Count * LabelHeight + BarHeight + Gap));

    /// <summary>Each bar with its label's lines and the top of its row.</summary>
    public IReadOnlyList<(Bar Bar, IReadOnlyList<string> Lines, int Top)> Rows()
    {
        var rows = new List<(Bar, IReadOnlyList<string>, int)>();
        var top = 0;
        foreach (var bar in Bars)
        {
            var lines = Wrap(bar.Label);
            rows.Add((bar, lines, top));
            top += lines.Count * LabelHeight + BarHeight + Gap;
        }

        return rows;
    }

    /// <summary>Splits a label at spaces into lines of at most <see cref="MostLabelCharacters"/> (a longer word keeps its own line).</summary>
    public static IReadOnlyList<string> Wrap(string label)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > MostLabelCharacters)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        lines.Add(line);
        return lines;
    }

    public decimal Scale => Maximum <= 0 ? 0 : (Width - ValueRoom) / Maximum;

    public static BarChart Percentages(string id, string title, string description, IEnumerable<Bar> bars) => new(id, title, description, bars.ToList(), 100);

    public static BarChart Counts(string id, string title, string description, IEnumerable<Bar> bars)
    {
        var list = bars.ToList();
        return new(id, title, description, list, list.Count == 0 ? 1 : Math.Max(1, list.Max(b => b.Value)));
    }
}
