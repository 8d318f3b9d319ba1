using System.Text.RegularExpressions;

namespace SendCareers.Web.Tests.Foundation;

/// <summary>
/// A feature folder depends on the shared kernels and never on a sibling feature, so that a change to one
/// feature cannot break another. Read from the source rather than the compiled assembly: a reference to a
/// type in the same assembly is a TypeDef token inside IL and signatures, which MetadataReader only yields
/// by decoding every method body, while in source it can only be written as a using directive or a
/// qualified name.
/// </summary>
public partial class FeatureDependencyTests
{
    /// <summary>Shared by every feature, or (Pages) composing features into journeys.</summary>
    private static readonly HashSet<string> Kernels = ["Reminders", "Debriefs", "Mail", "Forms", "Data", "Infrastructure", "Security", "Pages", "TagHelpers"];

    /// <summary>Sibling references not yet removed. This list may only shrink: an entry no longer needed fails the test too.</summary>
    private static readonly Dictionary<(string From, string To), string> NotYetRemoved = new()
    {
        [("Calendar", "Placements")] = "the feed reads placements through PlacementScope, who may see which",
        [("Calendar", "Encounters")] = "the feed reads encounters through EncounterScope, who may see which",
        [("Placements", "Safeguarding")] = "confirming a placement asks SafeguardingGate whether the employer's checks cover it",
        [("Placements", "YoungPeople")] = "PlacementScope limits a coach to their Caseload",
        [("Matching", "YoungPeople")] = "matching reads the young people of the coach's Caseload",
        [("Openings", "YoungPeople")] = "opening choices reuse the young people's profile choices (a vocabulary kernel would own them)",
        [("Openings", "Employers")] = "OpeningInput uses EmployerProfileValidator's text and e-mail helpers (the forms kernel will own them)",
        [("YoungPeople", "Employers")] = "YoungPersonInput and ProfileChoices use EmployerProfileValidator's helpers (the forms kernel will own them)",
        [("Encounters", "Employers")] = "EncounterForm uses EmployerProfileValidator's helpers (the forms kernel will own them)",
        [("Retention", "YoungPeople")] = "the retention job erases through PersonalRecords",
        [("Requests", "Encounters")] = "RequestForm reads times with Encounters' ClockTime (the forms kernel will own it)",
        [("Evidence", "Safeguarding")] = "the CSV export lists employers' checks through SafeguardingGate",
    };

    [Fact]
    public void FeatureNamespaces_ReferenceNoSiblingFeature_BeyondTheShrinkingList()
    {
        var found = SiblingReferences();

        var unexpected = found.Where(f => !NotYetRemoved.ContainsKey((f.From, f.To))).Select(f => $"{f.From} -> {f.To} ({f.Where})").ToList();
        Assert.True(unexpected.Count == 0, "A feature reaches into a sibling; move what both need into a shared kernel:\n" + string.Join("\n", unexpected));

        var gone = NotYetRemoved.Keys.Where(k => !found.Any(f => (f.From, f.To) == k)).Select(k => $"{k.From} -> {k.To}").ToList();
        Assert.True(gone.Count == 0, "These references are gone; remove them from the list so they cannot come back:\n" + string.Join("\n", gone));
    }

    [Fact]
    public void Scan_SeesUsingsAndQualifiedNames_ButNotMembersOfTheSameName()
    {
        var types = new Dictionary<string, HashSet<string>> { ["Placements"] = ["PlacementScope"], ["Encounters"] = ["EncounterScope"] };

        Assert.Equal(["Placements"], Targets("using SendCareers.Web.Placements;", "Encounters", types));
        Assert.Equal(["Placements"], Targets("var s = SendCareers.Web.Placements.PlacementScope.X;", "Encounters", types));
        Assert.Equal(["Placements"], Targets("var s = Placements.PlacementScope.X;", "Encounters", types));
        Assert.Empty(Targets("var n = db.Placements.Count(); var m = Placements.Where(p => p);", "Encounters", types));
    }

    private static List<(string From, string To, string Where)> SiblingReferences()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "SendCareers.Web");
        var files = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(web, f).Split(Path.DirectorySeparatorChar)[0] is not ("obj" or "bin" or "node_modules"))
            .Select(f => (Path: Path.GetRelativePath(web, f), Text: File.ReadAllText(f)))
            .Select(f => (f.Path, f.Text, Feature: NamespaceOf().Match(f.Text) is { Success: true } m ? m.Groups[1].Value : null))
            .Where(f => f.Feature is not null && !Kernels.Contains(f.Feature))
            .ToList();

        // The public types each feature declares, to tell "Placements.PlacementScope" from a property called Placements.
        var types = files.GroupBy(f => f.Feature!)
            .ToDictionary(g => g.Key, g => g.SelectMany(f => TypeName().Matches(f.Text).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal));

        return [.. files.SelectMany(f => Targets(f.Text, f.Feature!, types).Select(to => (f.Feature!, to, f.Path))).Distinct()];
    }

    private static List<string> Targets(string text, string feature, IReadOnlyDictionary<string, HashSet<string>> types) =>
        [.. types.Keys.Where(other => other != feature
            && (Regex.IsMatch(text, $@"\bSendCareers\.Web\.{other}\b")
                || types[other].Any(type => Regex.IsMatch(text, $@"(?<![\w.]){other}\.{type}\b"))))];

    [GeneratedRegex(@"^namespace SendCareers\.Web\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceOf();

    [GeneratedRegex(@"^public (?:static |sealed |abstract |partial )*(?:class|record|struct|interface|enum) (\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeName();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SendCareers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }
}
