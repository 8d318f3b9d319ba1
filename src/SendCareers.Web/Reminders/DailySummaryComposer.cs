using Humanizer;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;

namespace SendCareers.Web.Reminders;

/// <summary>
/// Writes a person's daily summary at send time: each notice waiting in it is written by its own
/// composer, as it would have been sent alone, and listed by its subject and what to do. Notices no
/// longer true (answered, withdrawn) are left out; a summary with nothing left in it is not sent.
/// Scoped: the dispatcher asks it afterwards which notices it listed, to mark them sent with the summary.
/// </summary>
public sealed class DailySummaryComposer(AppDbContext db, IServiceProvider services, LinkBuilder links, HubInfo hub) : IMessageComposer
{
    private readonly Dictionary<long, Contents> _written = [];

    /// <summary>The notices a summary listed, and those left out because they are no longer true.</summary>
    public sealed record Contents(IReadOnlyList<long> Included, IReadOnlyList<long> NoLongerTrue);

    public bool CanCompose(string kind) => kind == DailySummaries.Kind;

    /// <summary>What the last composition of this summary (in this scope) listed; null if it was not written.</summary>
    public Contents? WrittenFor(long summaryId) => _written.GetValueOrDefault(summaryId);

    public async Task<OutgoingMail?> ComposeAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        var waiting = await db.ScheduledMessages.AsNoTracking()
            .Where(m => m.DigestId == message.Id && m.State == MessageState.InDigest)
            .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var composers = services.GetServices<IMessageComposer>().Where(c => c is not DailySummaryComposer).ToList();
        var included = new List<long>();
        var gone = new List<long>();
        var items = new List<(string Subject, (string Label, string Url)? Link)>();
        foreach (var notice in waiting)
        {
            var composer = composers.FirstOrDefault(c => c.CanCompose(notice));
            var mail = composer is null ? null : await composer.ComposeAsync(notice, cancellationToken);
            if (mail is null)
            {
                gone.Add(notice.Id);
                continue;
            }

            included.Add(notice.Id);
            items.Add((mail.Subject, mail.MainLink));
        }

        _written[message.Id] = new Contents(included, gone);
        if (items.Count == 0)
        {
            return null;
        }

        var hubName = hub.Current.Name;
        var body = new EmailBody()
            .Paragraph(string.IsNullOrWhiteSpace(message.RecipientName) ? "Hello," : $"Hello {message.RecipientName},")
            .Paragraph($"{"thing".ToQuantity(items.Count).Transform(To.SentenceCase)} on {hubName} {(items.Count == 1 ? "needs" : "need")} you. Each has a link to the page where you can act on it.");
        var number = 0;
        foreach (var (subject, link) in items)
        {
            number++;
            body.Subheading($"{number}. {subject}");
            if (link is { } l)
            {
                body.Link(l.Label, l.Url);
            }
        }

        body.Paragraph($"You get one e-mail a day, at {FormatHour(hub.Current.SummaryHour)}, because you chose a daily summary. Briefings, calendar invites and debrief requests still come on their own, when they are due.")
            .Link("Change how we e-mail you", links.Absolute(Notices.SettingsPath));
        return body.To(new MailAddress(message.RecipientEmail, message.RecipientName),
            $"Your daily summary from {hubName}: {"thing".ToQuantity(items.Count)} waiting");
    }

    /// <summary>"8am", "12 noon", "5pm", "midnight": how the hub's summary hour is said.</summary>
    public static string FormatHour(int hour) => hour switch
    {
        0 => "midnight",
        12 => "12 noon",
        < 12 => $"{hour}am",
        _ => $"{hour - 12}pm",
    };
}
