using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Employers;

namespace SendCareers.Web.Pages.Employers.SignUp;

/// <summary>One page of the sign-up. Answers go into the draft cookie, not the database, until "Check your answers".</summary>
public class StepModel(SignUpDraftStore drafts) : PageModel
{
    [BindProperty]
    public EmployerProfileInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    public SignUpSteps.Step Current { get; private set; } = SignUpSteps.All[0];

    public int Number => SignUpSteps.All.ToList().IndexOf(Current) + 1;

    public int Total => SignUpSteps.All.Count;

    public string BackUrl => From == "check"
        ? "/employers/sign-up/check"
        : SignUpSteps.Previous(Current) is { } previous ? SignUpSteps.UrlOf(previous) : "/employers/sign-up";

    public IActionResult OnGet(string section)
    {
        if (!Find(section))
        {
            return NotFound();
        }

        Input = drafts.Read(Request);
        return Page();
    }

    public IActionResult OnPost(string section)
    {
        if (!Find(section))
        {
            return NotFound();
        }

        var errors = EmployerProfileValidator.Check(Input, Current.Section);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{error.Field}", error.Message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var draft = drafts.Read(Request);
        draft.CopySection(Current.Section, Input);
        drafts.Write(Response, draft);

        if (From == "check")
        {
            return Redirect("/employers/sign-up/check");
        }

        var next = SignUpSteps.Next(Current);
        return Redirect(next is null ? "/employers/sign-up/check" : SignUpSteps.UrlOf(next));
    }

    private bool Find(string? section)
    {
        From = From == "check" ? "check" : null;
        var step = SignUpSteps.BySlug(section);
        if (step is null)
        {
            return false;
        }

        Current = step;
        return true;
    }
}
