using System.Text.RegularExpressions;
using MimeKit;
using SendCareers.Web.Infrastructure.Paging;

namespace SendCareers.Web.Mail;

/// <summary>
/// Reads the .eml files the pickup mailer wrote, for the "Sent mail" page. Only names the mailer itself
/// produces are opened, so a crafted name cannot reach any other file.
/// </summary>
public sealed partial class SentMailFolder(DataPaths paths)
{
    public sealed record Summary(string Name, DateTimeOffset Date, string To, string Subject);

    public sealed record Message(Summary Summary, string From, string Text, IReadOnlyList<string> Links);

    [GeneratedRegex(@"^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{32}\.eml$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    /// <summary>
    /// One page of the folder, newest first. The names are listed once, counting them and keeping only the newest
    /// the page needs, so sorting and memory grow with the page asked for rather than with the folder; only the
    /// page's own files are opened. A page past the end shows the last page.
    /// </summary>
    public Paged<Summary> List(PageRequest request)
    {
        if (!Directory.Exists(paths.MailFolder))
        {
            return new Paged<Summary>([], 0, 1, request.Size, request.Key);
        }

        var total = 0;
        var wanted = (long)request.Number * request.Size;
        var newest = new PriorityQueue<string, string>(StringComparer.Ordinal); // its head is the oldest name kept
        foreach (var path in Directory.EnumerateFiles(paths.MailFolder, "*.eml"))
        {
            var name = Path.GetFileName(path);
            if (!SafeName().IsMatch(name))
            {
                continue;
            }

            total++;
            if (newest.Count < wanted)
            {
                newest.Enqueue(name, name);
            }
            else if (string.CompareOrdinal(name, newest.Peek()) > 0)
            {
                newest.EnqueueDequeue(name, name);
            }
        }

        // Past the end, every name was kept (wanted > total), so the last page is in hand.
        var number = Math.Min(request.Number, Math.Max(1, (total + request.Size - 1) / request.Size));
        var kept = new List<string>(newest.Count);
        while (newest.TryDequeue(out var name, out _))
        {
            kept.Add(name);
        }

        kept.Reverse();
        var page = kept.Skip((number - 1) * request.Size).Take(request.Size).Select(n => Read(n)?.Summary).OfType<Summary>().ToList();
        return new Paged<Summary>(page, total, number, request.Size, request.Key);
    }

    public Message? Read(string? name)
    {
        if (name is null || !SafeName().IsMatch(name))
        {
            return null;
        }

        var path = Path.Combine(paths.MailFolder, name);
        if (!File.Exists(path))
        {
            return null;
        }

        var mime = MimeMessage.Load(path);
        var text = mime.TextBody ?? "";
        var summary = new Summary(name, mime.Date, mime.To.ToString(), mime.Subject ?? "");
        return new Message(summary, mime.From.ToString(), text, Link().Matches(text).Select(m => m.Value).Distinct().ToList());
    }
}
