using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.Places;
using SendCareers.Web.Employers;
using SendCareers.Web.Pages.Shared.Employer;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Employers.SignUp;

public class CheckModel(SignUpDraftStore drafts, OutcodeDirectory outcodes, EmployerSignUpService signUp) : PageModel
{
    public EmployerSummary Summary { get; private set; } = new([]);

    public IActionResult OnGet()
    {
        var draft = drafts.Read(Request);
        if (SignUpSteps.FirstIncomplete(draft) is { } missing)
        {
            return Redirect(SignUpSteps.UrlOf(missing));
        }

        var preview = new Data.Entities.Employer();
        EmployerProfileMapper.ApplyTo(preview, draft, outcodes);
        Summary = EmployerSummary.Of(preview, section => SignUpSteps.UrlOf(SignUpSteps.Of(section)) + "?from=check");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = drafts.Read(Request);
        if (SignUpSteps.FirstIncomplete(draft) is { } missing)
        {
            return Redirect(SignUpSteps.UrlOf(missing));
        }

        // The same answer after the same time whether the address is new, pending or has an account
        // (whose owner is e-mailed instead): the page cannot tell who has one.
        var started = SteadyAnswer.Start();
        await signUp.SubmitAsync(draft, cancellationToken);
        await SteadyAnswer.WaitOutAsync(started, cancellationToken);
        SignUpDraftStore.Clear(Response);
        return Redirect("/employers/sign-up/done");
    }
}
