using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Placements;

namespace SendCareers.Web.Pages.Debrief;

/// <summary>
/// The debrief form behind a link from an e-mail: the employer's, the young person's (Easy Read) or the
/// family's, chosen by the token. No account needed; the token is single-use and expires, and the page
/// shows no more than the first name and the employer.
/// </summary>
public class IndexModel(AppDbContext db, TokenService tokens, TimeProvider time) : PageModel
{
    public const int AnswerMaxLength = 2000;

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? Rating { get; set; }

    [BindProperty]
    public string? WentWell { get; set; }

    [BindProperty]
    public string? CouldBeBetter { get; set; }

    [BindProperty]
    public string? WouldHostAgain { get; set; }

    /// <summary>Supported internships only: the outcome that matters most, asked of the employer.</summary>
    [BindProperty]
    public string? PaidJobOffered { get; set; }

    public bool AsksAboutPaidJob => Respondent == DebriefRespondent.Employer && _kind == Domain.Vocabulary.OpeningKind.SupportedInternship;

    private Domain.Vocabulary.OpeningKind _kind;

    public DebriefRespondent Respondent { get; private set; }

    public string FirstName { get; private set; } = "";

    public string Employer { get; private set; } = "";

    /// <summary>Null when the form can be used; otherwise why not, shown instead of it.</summary>
    public string? Unusable { get; private set; }

    public bool IsEasyRead => Respondent == DebriefRespondent.YoungPerson;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        var rating = int.TryParse(Rating, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 5 ? r : (int?)null;
        if (rating is null)
        {
            ModelState.AddModelError(nameof(Rating), IsEasyRead ? "Choose a face" : "Choose how it went");
        }

        var wentWell = EmployerProfileValidator.Clean(WentWell);
        var couldBeBetter = EmployerProfileValidator.Clean(CouldBeBetter);
        if (wentWell.Length > AnswerMaxLength)
        {
            ModelState.AddModelError(nameof(WentWell), $"This answer must be {AnswerMaxLength:N0} characters or fewer");
        }

        if (couldBeBetter.Length > AnswerMaxLength)
        {
            ModelState.AddModelError(nameof(CouldBeBetter), $"This answer must be {AnswerMaxLength:N0} characters or fewer");
        }

        bool? hostAgain = WouldHostAgain switch { "yes" => true, "no" => false, _ => null };
        if (Respondent == DebriefRespondent.Employer && hostAgain is null)
        {
            ModelState.AddModelError(nameof(WouldHostAgain), "Choose yes if you would host another placement");
        }

        bool? paidJob = PaidJobOffered switch { "yes" => true, "no" => false, _ => null };
        if (AsksAboutPaidJob && paidJob is null)
        {
            ModelState.AddModelError(nameof(PaidJobOffered), "Choose yes if you have offered them a paid job");
        }

        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var placementId = PlacementIdOf(Subject!);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await tokens.TryConsumeAsync(Data.Entities.TokenPurpose.Debrief, Token, cancellationToken))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            Unusable = "These answers have already been sent. Thank you.";
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        db.Debriefs.Add(new Data.Entities.Debrief
        {
            PlacementId = placementId,
            Respondent = Respondent,
            Rating = rating,
            WentWell = wentWell.Length == 0 ? null : wentWell,
            CouldBeBetter = couldBeBetter.Length == 0 ? null : couldBeBetter,
            WouldHostAgain = Respondent == DebriefRespondent.Employer ? hostAgain : null,
            SubmittedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        if (AsksAboutPaidJob)
        {
            await db.Placements.Where(p => p.Id == placementId)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.OutcomePaidJobOffered, paidJob), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect(IsEasyRead ? "/debrief/thank-you?easy-read=true" : "/debrief/thank-you");
    }

    private string? Subject { get; set; }

    private static int PlacementIdOf(string subject) =>
        int.Parse(subject.Split(':')[1], NumberStyles.None, CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var token = await tokens.FindValidAsync(Data.Entities.TokenPurpose.Debrief, Token, cancellationToken);
        if (token is null)
        {
            var hash = Token.Length is > 0 and <= 100 ? TokenService.Hash(Token) : "";
            var used = hash.Length > 0 && await db.SingleUseTokens.AnyAsync(t => t.TokenHash == hash && t.Purpose == Data.Entities.TokenPurpose.Debrief && t.UsedAtUtc != null, cancellationToken);
            Unusable = used
                ? "These answers have already been sent. Thank you."
                : "This link has expired or is not right. Ask the job coach or the hub for a new one.";
            Response.StatusCode = used ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
            return false;
        }

        // Subject: "placement:{id}:{respondent number}".
        var parts = token.SubjectId.Split(':');
        if (parts.Length != 3 || parts[0] != "placement"
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var placementId)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var respondent)
            || !Enum.IsDefined((DebriefRespondent)respondent))
        {
            Unusable = "This link is not right. Ask the job coach or the hub for a new one.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        var placement = await db.Placements.AsNoTracking().Where(p => p.Id == placementId)
            .Select(p => new { p.YoungPerson!.PreferredName, p.Opening!.Employer!.OrganisationName, p.Opening.Kind })
            .SingleOrDefaultAsync(cancellationToken);
        if (placement is null)
        {
            Unusable = "This placement is no longer on our records. Thank you anyway.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        Subject = token.SubjectId;
        Respondent = (DebriefRespondent)respondent;
        FirstName = PlacementMessageComposer.FirstName(placement.PreferredName);
        Employer = placement.OrganisationName;
        _kind = placement.Kind;
        return true;
    }
}
