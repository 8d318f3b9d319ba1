using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Debriefs;
using SendCareers.Web.Employers;

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

    /// <summary>Easy Read: the pictures tapped for "What did you like?" (see <see cref="DebriefChoices.Topics"/>).</summary>
    [BindProperty]
    public List<string> Liked { get; set; } = [];

    [BindProperty]
    public string? WentWell { get; set; }

    /// <summary>Easy Read: the pictures tapped for "What was hard?".</summary>
    [BindProperty]
    public List<string> FoundHard { get; set; } = [];

    [BindProperty]
    public string? CouldBeBetter { get; set; }

    /// <summary>Easy Read: "Would you like to go again?" (yes, no, not-sure), which they may skip.</summary>
    [BindProperty]
    public string? WouldGoAgain { get; set; }

    [BindProperty]
    public string? WouldHostAgain { get; set; }

    /// <summary>Supported internships only: the outcome that matters most, asked of the employer.</summary>
    [BindProperty]
    public string? PaidJobOffered { get; set; }

    [BindProperty]
    public string? NextStep { get; set; }

    /// <summary>Only at the end of a whole internship: after a rotation, the next rotation follows.</summary>
    public bool AsksAboutPaidJob => Respondent == DebriefRespondent.Employer && _kind == Domain.Vocabulary.OpeningKind.SupportedInternship && About?.RotationNumber is null;

    /// <summary>Placements only: a host who met a group for an hour cannot say what comes next for each.</summary>
    public bool AsksAboutNextStep => !IsEasyRead && About?.PlacementId is not null && About.RotationNumber is null;

    public DebriefSubject? About { get; private set; }

    /// <summary>The encounter's title, for an encounter debrief.</summary>
    public string? EncounterTitle { get; private set; }

    public string Heading => IsEasyRead ? $"How was it, {FirstName}?" : About switch
    {
        { EncounterId: not null } => $"How did {EncounterTitle} go?",
        { RotationNumber: { } n } => $"How did {FirstName}'s rotation {n} go?",
        _ => $"How did {FirstName}'s placement go?",
    };

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
        if (IsEasyRead && rating is not null && !DebriefChoices.Faces.Any(f => f.Value == Rating))
        {
            rating = null;
        }

        if (rating is null)
        {
            ModelState.AddModelError(nameof(Rating), IsEasyRead ? "Please choose a face" : "Choose how it went");
        }

        var liked = IsEasyRead ? DebriefChoices.TopicsOf(Liked) : DebriefTopics.None;
        if (liked is null)
        {
            ModelState.AddModelError(nameof(Liked), "Please choose what you liked from the pictures");
        }

        var foundHard = IsEasyRead ? DebriefChoices.TopicsOf(FoundHard) : DebriefTopics.None;
        if (foundHard is null)
        {
            ModelState.AddModelError(nameof(FoundHard), "Please choose what was hard from the pictures");
        }

        var goAgain = IsEasyRead && !string.IsNullOrEmpty(WouldGoAgain) ? DebriefChoices.GoAgain.FirstOrDefault(g => g.Value == WouldGoAgain)?.Answer : null;
        if (IsEasyRead && !string.IsNullOrEmpty(WouldGoAgain) && goAgain is null)
        {
            ModelState.AddModelError(nameof(WouldGoAgain), "Please choose yes, no or not sure");
        }

        var wentWell = EmployerProfileValidator.Clean(WentWell);
        var couldBeBetter = EmployerProfileValidator.Clean(CouldBeBetter);
        if (wentWell.Length > AnswerMaxLength)
        {
            ModelState.AddModelError(nameof(WentWell), IsEasyRead ? "Please write less. You can use 2,000 letters." : $"This answer must be {AnswerMaxLength:N0} characters or fewer");
        }

        if (couldBeBetter.Length > AnswerMaxLength)
        {
            ModelState.AddModelError(nameof(CouldBeBetter), IsEasyRead ? "Please write less. You can use 2,000 letters." : $"This answer must be {AnswerMaxLength:N0} characters or fewer");
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

        Domain.Placements.NextStep? nextStep = null;
        if (AsksAboutNextStep && !string.IsNullOrEmpty(NextStep))
        {
            nextStep = DebriefChoices.NextStepOf(NextStep);
            if (nextStep is null)
            {
                ModelState.AddModelError(nameof(NextStep), "Choose one of the next steps, or leave it blank");
            }
        }

        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var placementId = About!.PlacementId;
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
            EncounterId = About.EncounterId,
            YoungPersonId = About.YoungPersonId,
            RotationNumber = About.RotationNumber,
            NextStep = nextStep,
            Respondent = Respondent,
            Rating = rating,
            WentWell = wentWell.Length == 0 ? null : wentWell,
            CouldBeBetter = couldBeBetter.Length == 0 ? null : couldBeBetter,
            WouldHostAgain = Respondent == DebriefRespondent.Employer ? hostAgain : null,
            Liked = IsEasyRead ? liked : null,
            FoundHard = IsEasyRead ? foundHard : null,
            WouldGoAgain = goAgain,
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

        var about = DebriefSubject.Parse(token.SubjectId);
        if (about is null)
        {
            Unusable = "This link is not right. Ask the job coach or the hub for a new one.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        var found = about.EncounterId is { } encounterId
            ? await db.Encounters.AsNoTracking().Where(e => e.Id == encounterId && e.State != EncounterState.Cancelled)
                .Select(e => new
                {
                    Name = e.Attendees.Where(a => a.YoungPersonId == about.YoungPersonId).Select(a => a.YoungPerson!.PreferredName).FirstOrDefault(),
                    e.Employer!.OrganisationName,
                    e.Kind,
                    e.Title,
                })
                .SingleOrDefaultAsync(cancellationToken)
            : await db.Placements.AsNoTracking().Where(p => p.Id == about.PlacementId)
                .Select(p => new { Name = (string?)p.YoungPerson!.PreferredName, p.Opening!.Employer!.OrganisationName, p.Opening.Kind, p.Opening.Title })
                .SingleOrDefaultAsync(cancellationToken);
        if (found is null || (about.YoungPersonId is not null && found.Name is null))
        {
            Unusable = about.EncounterId is null ? "This placement is no longer on our records. Thank you anyway." : "This encounter is no longer on our records. Thank you anyway.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        About = about;
        Respondent = about.Respondent;
        FirstName = found.Name is null ? "" : PersonName.FirstName(found.Name);
        Employer = found.OrganisationName;
        EncounterTitle = found.Title;
        _kind = found.Kind;
        return true;
    }
}
