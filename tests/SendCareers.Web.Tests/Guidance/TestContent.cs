namespace SendCareers.Web.Tests.Guidance;

/// <summary>The sample content folders copied beside the tests, and throwaway copies to change.</summary>
internal static class TestContent
{
    /// <summary>A small valid site: no problems.</summary>
    public static string Site { get; } = Path.Combine(AppContext.BaseDirectory, "Guidance", "TestContent", "Site");

    /// <summary>Files with deliberate problems, one kind per file.</summary>
    public static string Problems { get; } = Path.Combine(AppContext.BaseDirectory, "Guidance", "TestContent", "Problems");

    /// <summary>A copy of <paramref name="source"/> in a new temp folder; delete it when done.</summary>
    public static string CopyOf(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "sc-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
