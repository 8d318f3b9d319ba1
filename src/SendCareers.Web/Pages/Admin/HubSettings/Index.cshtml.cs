using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Retention;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Configurations;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Reminders;
using SendCareers.Web.Retention;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Admin.HubSettings;

/// <summary>
/// The hub's own settings: name, contact, the public address e-mailed links use (shown, not edited), and
/// the reminder and retention choices that otherwise come from configuration. Saved guarded by the hub
/// row's version and audited; a missing hub row is created on the first save.
/// </summary>
public class IndexModel(
    AppDbContext db,
    GuardedChange guarded,
    AuditTrail audit,
    HubInfo hubInfo,
    LinkBuilder links,
    IOptions<SiteOptions> site,
    IOptions<ReminderOptions> reminders,
    ConfiguredRetention retention,
    TimeProvider time) : PageModel
{
    public const int MaxBriefingDays = 90;
    public const int MaxDebriefHours = 14 * 24;
    public const int MaxChaserDays = 30;
    public const int MaxPhoneDigits = 15;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? ContactEmail { get; set; }

    [BindProperty]
    public string? ContactPhone { get; set; }

    [BindProperty]
    public string? BriefingDaysBefore { get; set; }

    [BindProperty]
    public string? DebriefHoursAfterEnd { get; set; }

    [BindProperty]
    public string? ChaserDaysAfterDebrief { get; set; }

    [BindProperty]
    public string? RetentionYears { get; set; }

    [BindProperty]
    public string? DailySummaryHour { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    /// <summary>The address e-mailed links start with (Site:BaseUrl, or where the app listens when it is not set).</summary>
    public string PublicAddress => links.BaseUrl;

    public bool PublicAddressConfigured => !string.IsNullOrWhiteSpace(site.Value.BaseUrl);

    /// <summary>The address this administrator is using now, as the browser asked for it.</summary>
    public string AddressInUse => $"{Request.Scheme}://{Request.Host}";

    /// <summary>Why e-mailed links might not reach people, or null when the address looks right.</summary>
    public string? AddressWarning
    {
        get
        {
            if (!PublicAddressConfigured)
            {
                return $"The public address (Site:BaseUrl) is not set, so e-mailed links start with {PublicAddress}, the address the app listens on. People outside this computer may not reach it.";
            }

            return Uri.TryCreate(PublicAddress, UriKind.Absolute, out var configured)
                && string.Equals(configured.Scheme, Request.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(configured.Authority, Request.Host.Value, StringComparison.OrdinalIgnoreCase)
                ? null
                : $"E-mailed links start with {PublicAddress}, but you are using {AddressInUse}. If people reach the app at a different address, the links in their e-mails will not work.";
        }
    }

    public string DefaultBriefingDays => ReminderOptions.FormatDays(reminders.Value.ConfiguredBriefingDays);

    public int DefaultDebriefHours => reminders.Value.DebriefHoursAfterEnd;

    public int DefaultChaserDays => reminders.Value.ChaserDaysAfterDebrief;

    public int DefaultRetentionYears => retention.YearsAfterTrackingEnds;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var hub = await db.Hubs.AsNoTracking().OrderBy(h => h.Id).FirstOrDefaultAsync(cancellationToken);
        Name = hub?.Name ?? hubInfo.Current.Name;
        ContactEmail = hub?.ContactEmail;
        ContactPhone = hub?.ContactPhone;
        BriefingDaysBefore = hub?.BriefingDaysBefore is { } days && ReminderOptions.TryParseDays(days, out var parsed) ? ReminderOptions.FormatDays(parsed) : null;
        DebriefHoursAfterEnd = Text(hub?.DebriefHoursAfterEnd);
        ChaserDaysAfterDebrief = Text(hub?.ChaserDaysAfterDebrief);
        RetentionYears = Text(hub?.RetentionYearsAfterTrackingEnds);
        DailySummaryHour = Text(hub?.DailySummaryHour);
        Version = hub?.Version ?? Guid.Empty;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A mangled version is treated as stale, not shown as a field error.
        if (ModelState.TryGetValue(nameof(Version), out var version) && version.Errors.Count > 0)
        {
            Version = Guid.NewGuid();
        }

        ModelState.Clear();
        var checkedForm = Check();
        if (ModelState.ErrorCount > 0 || checkedForm is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var hub = await db.Hubs.OrderBy(h => h.Id).FirstOrDefaultAsync(cancellationToken);
        bool saved;
        if (hub is null)
        {
            // An empty database whose start-up did not make the row: the first save makes it.
            hub = new Hub { Version = Guid.NewGuid() };
            checkedForm.ApplyTo(hub, now);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Hubs.Add(hub);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync("Set up the hub", AuditTrail.Hub, hub.Id, checkedForm.Describe(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            saved = true;
        }
        else
        {
            var detail = checkedForm.DescribeChanges(hub);
            saved = await guarded.SaveAsync(hub, Version, new AuditNote("Changed the hub settings", AuditTrail.Hub, hub.Id, detail),
                () =>
                {
                    checkedForm.ApplyTo(hub, now);
                    return Task.CompletedTask;
                }, cancellationToken);
        }

        if (!saved)
        {
            ModelState.AddModelError("", "Someone else changed the hub settings while you were editing them. The form now shows their changes: check them and save again.");
            var typed = (Name, ContactEmail, ContactPhone, BriefingDaysBefore, DebriefHoursAfterEnd, ChaserDaysAfterDebrief, RetentionYears, DailySummaryHour);
            db.ChangeTracker.Clear();
            await OnGetAsync(cancellationToken);
            (Name, ContactEmail, ContactPhone, BriefingDaysBefore, DebriefHoursAfterEnd, ChaserDaysAfterDebrief, RetentionYears, DailySummaryHour) = typed;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        hubInfo.Invalidate();
        return Redirect("/admin/hub?saved=true");
    }

    private CheckedForm? Check()
    {
        var name = FormValues.Optional(Name);
        if (name is null)
        {
            ModelState.AddModelError(nameof(Name), "Enter the hub's name");
        }
        else if (name.Length > HubConfiguration.MaxName)
        {
            ModelState.AddModelError(nameof(Name), $"Hub name must be {HubConfiguration.MaxName} characters or fewer");
        }

        var email = FormValues.Optional(ContactEmail);
        if (email is null)
        {
            ModelState.AddModelError(nameof(ContactEmail), "Enter the hub's contact e-mail address");
        }
        else if (email.Length > HubConfiguration.MaxEmail)
        {
            ModelState.AddModelError(nameof(ContactEmail), $"Contact e-mail address must be {HubConfiguration.MaxEmail} characters or fewer");
        }
        else if (!EmployerProfileValidator.IsEmailAddress(email))
        {
            ModelState.AddModelError(nameof(ContactEmail), "Enter an e-mail address in the correct format, like hub@example.org");
        }

        var phone = FormValues.Optional(ContactPhone) ?? "";
        if (phone.Length > 0 && !IsPhoneNumber(phone))
        {
            ModelState.AddModelError(nameof(ContactPhone), "Enter a telephone number, like 0113 496 0000 or +44 113 496 0000");
        }

        int[]? briefing = null;
        var briefingText = FormValues.Optional(BriefingDaysBefore);
        if (briefingText is not null)
        {
            if (briefingText.Length > HubConfiguration.MaxBriefingDays || !ReminderOptions.TryParseDays(briefingText, out var days))
            {
                ModelState.AddModelError(nameof(BriefingDaysBefore), "Enter whole numbers of days separated by commas, like 7, 1");
            }
            else if (days.Any(d => d is < 1 or > MaxBriefingDays))
            {
                ModelState.AddModelError(nameof(BriefingDaysBefore), $"Each briefing must be sent between 1 and {MaxBriefingDays} days before the start");
            }
            else if (days.Distinct().Count() != days.Length)
            {
                ModelState.AddModelError(nameof(BriefingDaysBefore), "Enter each number of days only once");
            }
            else
            {
                briefing = days;
            }
        }

        var debrief = WholeNumber(nameof(DebriefHoursAfterEnd), DebriefHoursAfterEnd, 0, MaxDebriefHours, "Hours after the end for the debrief");
        var chaser = WholeNumber(nameof(ChaserDaysAfterDebrief), ChaserDaysAfterDebrief, 1, MaxChaserDays, "Days before the chaser");
        var years = WholeNumber(nameof(RetentionYears), RetentionYears, 0, RetentionRule.MaximumYearsAfterTrackingEnds, "Years to keep a leaver's record");
        var summaryHour = WholeNumber(nameof(DailySummaryHour), DailySummaryHour, 0, 23, "The hour of the daily summary");

        if (ModelState.ErrorCount > 0 || name is null || email is null)
        {
            return null;
        }

        // The engine's own check, on what it would really use: the hub's choices over configuration.
        var chosen = reminders.Value.WithHubChoices(briefing is null ? null : ReminderOptions.FormatDays(briefing), debrief, chaser);
        if (chosen.Problems() is { Count: > 0 } problems)
        {
            ModelState.AddModelError(nameof(BriefingDaysBefore), problems[0]);
            return null;
        }

        return new CheckedForm(name, email, phone, briefing is null ? null : ReminderOptions.FormatDays(briefing).Replace(" ", "", StringComparison.Ordinal), debrief, chaser, years, summaryHour);
    }

    /// <summary>An optional whole number in a range; null when blank or wrong (with the message added).</summary>
    private int? WholeNumber(string field, string? value, int min, int max, string label)
    {
        var text = FormValues.Optional(value);
        if (text is null)
        {
            return null;
        }

        if (text.Length > 6 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            ModelState.AddModelError(field, $"{label} must be a whole number, like {min + 1}");
            return null;
        }

        if (number < min || number > max)
        {
            ModelState.AddModelError(field, $"{label} must be between {min} and {max}");
            return null;
        }

        return number;
    }

    /// <summary>Digits with optional spaces, brackets, dashes and a leading +: 10 to 15 digits.</summary>
    public static bool IsPhoneNumber(string text)
    {
        if (text.Length > HubConfiguration.MaxPhone)
        {
            return false;
        }

        var body = text.StartsWith('+') ? text[1..] : text;
        if (!body.All(c => char.IsAsciiDigit(c) || c is ' ' or '(' or ')' or '-'))
        {
            return false;
        }

        var digits = body.Count(char.IsAsciiDigit);
        return digits is >= 10 and <= MaxPhoneDigits;
    }

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private sealed record CheckedForm(string Name, string Email, string Phone, string? BriefingDays, int? DebriefHours, int? ChaserDays, int? RetentionYears, int? SummaryHour)
    {
        public void ApplyTo(Hub hub, DateTime now)
        {
            hub.Name = Name;
            hub.ContactEmail = Email;
            hub.ContactPhone = Phone;
            hub.BriefingDaysBefore = BriefingDays;
            hub.DebriefHoursAfterEnd = DebriefHours;
            hub.ChaserDaysAfterDebrief = ChaserDays;
            hub.RetentionYearsAfterTrackingEnds = RetentionYears;
            hub.DailySummaryHour = SummaryHour;
            hub.SettingsSavedAtUtc = now;
        }

        public string Describe() => string.Join("; ", Fields().Select(f => $"{f.Label}: {f.After ?? "default"}"));

        public string DescribeChanges(Hub hub)
        {
            var before = new CheckedForm(hub.Name, hub.ContactEmail, hub.ContactPhone, hub.BriefingDaysBefore, hub.DebriefHoursAfterEnd, hub.ChaserDaysAfterDebrief, hub.RetentionYearsAfterTrackingEnds, hub.DailySummaryHour).Fields().ToList();
            var changes = Fields().Zip(before, (after, b) => (after.Label, Before: b.After, after.After))
                .Where(f => f.Before != f.After)
                .Select(f => $"{f.Label}: {f.Before ?? "default"} → {f.After ?? "default"}")
                .ToList();
            return changes.Count == 0 ? "Saved without changes" : string.Join("; ", changes);
        }

        private IEnumerable<(string Label, string? After)> Fields()
        {
            yield return ("Name", Name);
            yield return ("Contact e-mail", Email);
            yield return ("Phone", Phone);
            yield return ("Briefing days before", BriefingDays);
            yield return ("Debrief hours after end", Text(DebriefHours));
            yield return ("Chaser days after debrief", Text(ChaserDays));
            yield return ("Retention years", Text(RetentionYears));
            yield return ("Daily summary hour", Text(SummaryHour));
        }
    }
}
