using System.Net;
using System.Text.RegularExpressions;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Employers;

/// <summary>Walks the "Give an hour" sign-up through its pages as a person would, one form at a time.</summary>
public static partial class SignUpDriver
{
    public static Dictionary<string, Dictionary<string, object?>> ValidAnswers(string email, string organisation = "Wharfedale Bakery") => new()
    {
        ["organisation"] = new()
        {
            ["Input.OrganisationName"] = organisation,
            ["Input.Postcode"] = "ls1 4ap",
            ["Input.Size"] = "Small",
            ["Input.Sectors"] = new[] { "Catering", "Retail" },
        },
        ["contact"] = new()
        {
            ["Input.ContactName"] = "Priya Shah",
            ["Input.ContactEmail"] = email,
            ["Input.Phone"] = "0113 496 0000",
        },
        ["offer"] = new()
        {
            ["Input.Offers"] = new[] { "TalkOrAssembly", "WorkplaceVisit" },
            ["Input.HoursPerYear"] = "12",
        },
        ["availability"] = new()
        {
            ["Input.Days"] = new[] { "Tuesday", "Thursday" },
            ["Input.Times"] = new[] { "Mornings" },
            ["Input.Travel"] = "10",
        },
        ["workplace"] = new()
        {
            ["Input.Access"] = new[] { "StepFree", "QuietSpace" },
            ["Input.DisabilityConfident"] = "Committed",
        },
        ["permissions"] = new()
        {
            ["Input.ListPublicly"] = "yes",
            ["Input.ConsentToContact"] = "yes",
        },
    };

    /// <summary>Fills every page with <paramref name="answers"/>, asserting each one moves on.</summary>
    public static async Task FillAllAsync(FormClient client, Dictionary<string, Dictionary<string, object?>> answers)
    {
        foreach (var (slug, fields) in answers)
        {
            var result = await client.SubmitAsync($"/employers/sign-up/{slug}", fields);
            if (result.Status != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Step {slug} answered {(int)result.Status}: {string.Join("; ", result.ErrorSummary)}");
            }
        }
    }

    /// <summary>Fills every page and accepts on "Check your answers".</summary>
    public static async Task<FormClient.PageResult> SignUpAsync(FormClient client, Dictionary<string, Dictionary<string, object?>> answers)
    {
        await FillAllAsync(client, answers);
        return await client.SubmitAsync("/employers/sign-up/check", new Dictionary<string, object?>());
    }

    public static string VerifyPath(MimeKit.MimeMessage mail) =>
        new Uri(VerifyLink().Match(mail.TextBody!).Value).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/account/verify\?token=\S+")]
    private static partial Regex VerifyLink();
}
