using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;

namespace SendCareers.Web.Guidance;

/// <summary>
/// Every guidance page, rendered from the Markdown files in the content folder and kept in memory.
/// A file is parsed and rendered once per change, never per request: <see cref="ReloadIfChanged"/>
/// (called every second by <see cref="GuidanceContentWatcher"/>) compares file times and sizes and
/// renders again only files that changed. Readers always see one complete, consistent set of pages.
/// </summary>
public sealed partial class GuidanceLibrary
{
    private static readonly HashSet<string> ImageExtensions = [".svg", ".png"];

    private readonly Lock _reloading = new();
    private readonly Dictionary<string, ParsedFile> _parsed = new(StringComparer.Ordinal);
    private readonly ILogger _logger;
    private volatile Snapshot _snapshot = Snapshot.Empty;
    private string? _pendingFingerprint;

    public GuidanceLibrary(string contentRoot, ILogger<GuidanceLibrary>? logger = null)
    {
        ContentRoot = Path.GetFullPath(contentRoot);
        _logger = logger ?? NullLogger<GuidanceLibrary>.Instance;
        Reload();
    }

    public string ContentRoot { get; }

    /// <summary>Every page, including those with problems, in file order.</summary>
    public IReadOnlyList<GuidancePage> Pages => _snapshot.Pages;

    /// <summary>Files in the content folder that are not served, with the reason (README.md excepted).</summary>
    public IReadOnlyDictionary<string, string> UnplacedFiles => _snapshot.Unplaced;

    /// <summary>Picture file names served from /guidance/images/.</summary>
    public IReadOnlyCollection<string> ImageNames => _snapshot.Images.Keys;

    public GuidancePage? FindByUrl(string? url) =>
        url is not null && _snapshot.ByUrl.TryGetValue(url, out var page) ? page : null;

    /// <summary>A page by its file path (<c>families/travel.md</c>); only known files, never an arbitrary path.</summary>
    public GuidancePage? FindByPath(string? sourcePath) =>
        sourcePath is not null && _snapshot.ByPath.TryGetValue(sourcePath, out var page) ? page : null;

    /// <summary>A page by section and slug, or a section's landing page when <paramref name="slug"/> is null.</summary>
    public GuidancePage? Find(GuidanceSection section, string? slug) =>
        slug is null || GuidanceAddress.IsValidSlug(slug) ? FindByUrl(GuidanceAddress.UrlOf(section, slug)) : null;

    /// <summary>A section's pages (not its landing page), in their front-matter order.</summary>
    public IReadOnlyList<GuidancePage> PagesIn(GuidanceSection section) =>
        _snapshot.Pages.Where(p => p.Section == section && !p.IsLandingPage)
            .OrderBy(p => p.Order).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();

    public IReadOnlyList<GuidanceSearchResult> Search(string? query) => GuidanceSearch.Run(_snapshot.Pages, query);

    /// <summary>The full path of a served picture, or null: only names the library found in content/images.</summary>
    public string? ImageFile(string? name) =>
        name is not null && _snapshot.Images.TryGetValue(name, out var path) ? path : null;

    /// <summary>
    /// Reloads when files have changed and then stayed the same for one call (so a file half-way
    /// through being saved is not rendered). Returns true when it reloaded.
    /// </summary>
    public bool ReloadIfChanged()
    {
        var fingerprint = Fingerprint(ListFiles());
        lock (_reloading)
        {
            if (fingerprint == _snapshot.Fingerprint)
            {
                _pendingFingerprint = null;
                return false;
            }

            if (fingerprint != _pendingFingerprint)
            {
                _pendingFingerprint = fingerprint;
                return false;
            }
        }

        Reload();
        return true;
    }

    /// <summary>Reads the content folder now, rendering files that changed since they were last read.</summary>
    public void Reload()
    {
        lock (_reloading)
        {
            var files = ListFiles();
            var unplaced = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var images = new Dictionary<string, string>(StringComparer.Ordinal);
            var parsed = new List<ParsedFile>();
            foreach (var file in files)
            {
                var path = Path.GetRelativePath(ContentRoot, file.FullName).Replace('\\', '/');
                if (path == "README.md")
                {
                    continue;
                }

                if (path.StartsWith("images/", StringComparison.Ordinal))
                {
                    if (CheckImage(file, path) is { } reason)
                    {
                        unplaced[path] = reason;
                    }
                    else
                    {
                        images[path["images/".Length..]] = file.FullName;
                    }

                    continue;
                }

                if (!GuidanceAddress.TryLocate(path, out var section, out var slug, out var whyNot))
                {
                    unplaced[path] = whyNot;
                    continue;
                }

                if (Parse(file, path, section, slug) is { } page)
                {
                    parsed.Add(page);
                }
                else
                {
                    unplaced[path] = "The file could not be read; it will be read again when it changes.";
                }
            }

            foreach (var gone in _parsed.Keys.Except(parsed.Select(p => p.Path)).ToList())
            {
                _parsed.Remove(gone);
            }

            var known = new GuidanceLinkChecker.KnownTargets(
                parsed.ToDictionary(p => GuidanceAddress.UrlOf(p.Section, p.Slug), p => p.Rendered.Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal),
                images.Keys.ToHashSet(StringComparer.Ordinal));
            var pages = parsed
                .Select(p => new GuidancePage(p.Path, p.Section, p.Slug, p.FrontMatter, p.Rendered,
                    [.. p.FrontMatterProblems, .. p.Rendered.Problems, .. GuidanceLinkChecker.Check(GuidanceAddress.UrlOf(p.Section, p.Slug), p.Rendered.Links, p.FrontMatter, known)]))
                .OrderBy(p => p.SourcePath, StringComparer.Ordinal)
                .ToList();

            _snapshot = new Snapshot(pages, images, unplaced, Fingerprint(files));
            _pendingFingerprint = null;
            var errors = pages.Count(p => p.HasErrors) + unplaced.Count;
            _logger.LogInformation("Guidance loaded from {Root}: {Pages} pages, {Images} pictures, {Errors} files with problems", ContentRoot, pages.Count, images.Count, errors);
        }
    }

    private ParsedFile? Parse(FileInfo file, string path, GuidanceSection section, string? slug)
    {
        if (_parsed.TryGetValue(path, out var cached) && cached.LastWriteUtc == file.LastWriteTimeUtc && cached.Length == file.Length)
        {
            return cached;
        }

        string markdown;
        try
        {
            markdown = File.ReadAllText(file.FullName, Encoding.UTF8);
        }
        catch (IOException e)
        {
            _logger.LogWarning(e, "Could not read guidance file {Path}", path);
            return null;
        }

        var rendered = GuidanceMarkdown.Render(markdown, easyRead: section == GuidanceSection.EasyRead);
        var problems = new List<GuidanceProblem>();
        var frontMatter = FrontMatter.Parse(rendered.FrontMatter, section, slug is null, problems);
        var result = new ParsedFile(path, section, slug, file.LastWriteTimeUtc, file.Length, frontMatter, problems, rendered);
        _parsed[path] = result;
        return result;
    }

    /// <summary>Why a file in images/ is not served, or null when it is a picture we serve.</summary>
    private static string? CheckImage(FileInfo file, string path)
    {
        var name = path["images/".Length..];
        if (!ImageExtensions.Contains(Path.GetExtension(name)) || !GuidanceAddress.IsValidSlug(Path.GetFileNameWithoutExtension(name)))
        {
            return "Pictures are .svg or .png files named with lower-case letters, digits and hyphens, directly in images/.";
        }

        if (Path.GetExtension(name) == ".svg")
        {
            try
            {
                if (UnsafeSvg().IsMatch(File.ReadAllText(file.FullName)))
                {
                    return "The picture contains script, event handlers or links to other files; draw it without them.";
                }
            }
            catch (IOException)
            {
                return "The file could not be read; it will be read again when it changes.";
            }
        }

        return null;
    }

    private List<FileInfo> ListFiles()
    {
        var root = new DirectoryInfo(ContentRoot);
        if (!root.Exists)
        {
            return [];
        }

        return root.EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(f => !f.Name.StartsWith('.'))
            .OrderBy(f => f.FullName, StringComparer.Ordinal)
            .ToList();
    }

    private static string Fingerprint(List<FileInfo> files)
    {
        var text = new StringBuilder();
        foreach (var file in files)
        {
            text.Append(file.FullName).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('|').Append(file.Length).Append('\n');
        }

        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    [GeneratedRegex(@"<script|<foreignObject|javascript:|\son[a-z]+\s*=|(?:href|src)\s*=\s*[""']?\s*(?:https?:|//|data:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeSvg();

    private sealed record ParsedFile(
        string Path,
        GuidanceSection Section,
        string? Slug,
        DateTime LastWriteUtc,
        long Length,
        FrontMatter FrontMatter,
        IReadOnlyList<GuidanceProblem> FrontMatterProblems,
        RenderedMarkdown Rendered);

    private sealed class Snapshot(IReadOnlyList<GuidancePage> pages, Dictionary<string, string> images, IReadOnlyDictionary<string, string> unplaced, string fingerprint)
    {
        public static readonly Snapshot Empty = new([], [], new Dictionary<string, string>(), "");

        public IReadOnlyList<GuidancePage> Pages { get; } = pages;

        public Dictionary<string, GuidancePage> ByUrl { get; } = pages.ToDictionary(p => p.Url, StringComparer.Ordinal);

        public Dictionary<string, GuidancePage> ByPath { get; } = pages.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);

        public Dictionary<string, string> Images { get; } = images;

        public IReadOnlyDictionary<string, string> Unplaced { get; } = unplaced;

        public string Fingerprint { get; } = fingerprint;
    }
}
