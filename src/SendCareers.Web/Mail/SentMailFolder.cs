using System.Text.RegularExpressions;
using MimeKit;

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

    public (IReadOnlyList<Summary> Page, int Total) List(int skip, int take)
    {
        if (!Directory.Exists(paths.MailFolder))
        {
            return ([], 0);
        }

        var names = Directory.EnumerateFiles(paths.MailFolder, "*.eml")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => SafeName().IsMatch(n))
            .OrderDescending(StringComparer.Ordinal)
            .ToList();
        var page = names.Skip(skip).Take(take).Select(n => Read(n)?.Summary).OfType<Summary>().ToList();
        return (page, names.Count);
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
