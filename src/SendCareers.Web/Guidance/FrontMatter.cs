using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace SendCareers.Web.Guidance;

/// <summary>
/// The YAML between the <c>---</c> lines at the top of a page. Every field is read leniently and each
/// missing or malformed one is reported, so one mistake does not hide a page or the rest of its problems.
/// </summary>
public sealed record FrontMatter
{
    public static readonly IReadOnlyList<string> Audiences = ["employers", "families", "schools", "everyone"];

    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    private static readonly HashSet<string> KnownFields = ["title", "summary", "audience", "easy-read", "standard", "last-reviewed", "order"];

    public string? Title { get; init; }

    public string? Summary { get; init; }

    public string? Audience { get; init; }

    /// <summary>On standard family pages: the Easy Read version's URL.</summary>
    public string? EasyRead { get; init; }

    /// <summary>On Easy Read pages: the standard version's URL.</summary>
    public string? Standard { get; init; }

    public DateOnly? LastReviewed { get; init; }

    public int Order { get; init; }

    /// <summary>Reads front matter for a file in <paramref name="section"/>, adding what is wrong to <paramref name="problems"/>.</summary>
    public static FrontMatter Parse(string? yaml, GuidanceSection section, bool isIndex, ICollection<GuidanceProblem> problems)
    {
        if (yaml is null)
        {
            problems.Add(Problem("The file has no front matter: start it with --- lines holding title, summary, audience, last-reviewed and order."));
            return new FrontMatter();
        }

        Dictionary<string, object?> fields;
        try
        {
            fields = Yaml.Deserialize<Dictionary<string, object?>>(yaml) ?? [];
        }
        catch (YamlException e)
        {
            // YamlDotNet's messages are about its own state; point at the line and the usual cause instead.
            problems.Add(Problem($"The front matter is not valid YAML near line {e.Start.Line + 1} of the file: put quotes around a value that contains : # [ ] {{ or }}."));
            return new FrontMatter();
        }

        string? Text(string name) => fields.TryGetValue(name, out var value) && value is string s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

        string? Required(string name)
        {
            var value = Text(name);
            if (value is null)
            {
                problems.Add(Problem($"Add \"{name}\" to the front matter."));
            }

            return value;
        }

        var title = Required("title");
        var summary = Required("summary");
        foreach (var name in fields.Keys.Where(k => !KnownFields.Contains(k)))
        {
            problems.Add(new(GuidanceProblemKind.Advice, $"The front matter field \"{name}\" is not used."));
        }

        var audience = Required("audience");
        if (audience is not null && !Audiences.Contains(audience))
        {
            problems.Add(Problem($"\"audience\" must be one of {string.Join(", ", Audiences)}, not \"{audience}\"."));
        }

        DateOnly? lastReviewed = null;
        if (Required("last-reviewed") is { } reviewed)
        {
            if (DateOnly.TryParseExact(reviewed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                lastReviewed = date;
            }
            else
            {
                problems.Add(Problem($"\"last-reviewed\" must be a date like 2026-11-20, not \"{reviewed}\"."));
            }
        }

        var order = 0;
        if (Required("order") is { } orderText && !int.TryParse(orderText, NumberStyles.Integer, CultureInfo.InvariantCulture, out order))
        {
            problems.Add(Problem($"\"order\" must be a whole number, not \"{orderText}\"."));
        }

        var isStandardFamilyPage = section == GuidanceSection.Families && !isIndex;
        var isEasyReadPage = section == GuidanceSection.EasyRead && !isIndex;
        return new FrontMatter
        {
            Title = title,
            Summary = summary,
            Audience = audience,
            EasyRead = isStandardFamilyPage ? Required("easy-read") : Text("easy-read"),
            Standard = isEasyReadPage ? Required("standard") : Text("standard"),
            LastReviewed = lastReviewed,
            Order = order,
        };
    }

    private static GuidanceProblem Problem(string message) => new(GuidanceProblemKind.FrontMatter, message);
}
