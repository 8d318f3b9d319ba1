using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SendCareers.Web.Tests.Support;

/// <summary>
/// Drives the app as a browser without script would: GET a page, fill its form (keeping the
/// antiforgery token and cookies), POST, and read the HTML that comes back.
/// </summary>
public sealed class FormClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<PageResult> GetAsync(string url)
    {
        using var response = await http.GetAsync(url);
        return await PageResult.ReadAsync(response);
    }

    /// <summary>
    /// Loads <paramref name="pageUrl"/>, takes its form (the one posting to <paramref name="action"/> if
    /// given, else the main form), overlays <paramref name="fields"/>, and submits it.
    /// Values given as string[] are sent as repeated fields (checkboxes).
    /// </summary>
    public async Task<PageResult> SubmitAsync(string pageUrl, IReadOnlyDictionary<string, object?> fields, string? action = null, string? submitName = null, string? submitValue = null, string? postTo = null)
    {
        var page = await GetAsync(pageUrl);
        if (page.Status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)page.Status}");
        }

        var form = page.FindForm(action) ?? throw new InvalidOperationException($"No form on {pageUrl}");
        var values = ValuesOf(form, fields.Keys);
        foreach (var (name, value) in fields)
        {
            switch (value)
            {
                case null:
                    break;
                case string[] many:
                    values.AddRange(many.Select(v => new KeyValuePair<string, string>(name, v)));
                    break;
                default:
                    values.Add(new(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                    break;
            }
        }

        if (submitName is not null)
        {
            values.Add(new(submitName, submitValue ?? ""));
        }

        var target = form.GetAttribute("action");
        var postUrl = postTo ?? (string.IsNullOrEmpty(target) ? pageUrl : target);
        return await PostAsync(postUrl, values);
    }

    /// <summary>
    /// What a browser would send from <paramref name="form"/>: the antiforgery token and every field as the
    /// page filled it (hidden inputs, typed text, ticked boxes, chosen radios, textareas), leaving out the
    /// fields named in <paramref name="skip"/>.
    /// </summary>
    public static List<KeyValuePair<string, string>> ValuesOf(AngleSharp.Dom.IElement form, IEnumerable<string>? skip = null)
    {
        var skipped = new HashSet<string>(skip ?? [], StringComparer.Ordinal);
        var values = new List<KeyValuePair<string, string>>();
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        if (token is not null)
        {
            values.Add(new("__RequestVerificationToken", token));
        }

        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || skipped.Contains(name))
            {
                continue;
            }
            var type = element.GetAttribute("type")?.ToLowerInvariant();
            switch (element.LocalName)
            {
                case "textarea":
                    values.Add(new(name, element.TextContent));
                    break;
                case "select":
                    var selected = element.QuerySelector("option[selected]") ?? element.QuerySelector("option");
                    if (selected is not null)
                    {
                        values.Add(new(name, selected.GetAttribute("value") ?? selected.TextContent));
                    }

                    break;
                case "input" when type is "checkbox" or "radio":
                    if (element.HasAttribute("checked"))
                    {
                        values.Add(new(name, element.GetAttribute("value") ?? "on"));
                    }

                    break;
                case "input" when type is "submit" or "button" or "file" or "password":
                    break;
                default:
                    if (element.GetAttribute("value") is { } value)
                    {
                        values.Add(new(name, value));
                    }

                    break;
            }
        }

        return values;
    }

    /// <summary>How long the last POST took, from sending to the whole answer read (timing tests).</summary>
    public TimeSpan LastPostTime { get; private set; }

    public async Task<PageResult> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var content = new FormUrlEncodedContent(values);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var response = await http.PostAsync(url, content);
        await response.Content.LoadIntoBufferAsync();
        LastPostTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        return await PageResult.ReadAsync(response);
    }

    public async Task SignInAsync(string email, string password = "SendCareers-Demo-1")
    {
        var result = await SubmitAsync("/account/sign-in", new Dictionary<string, object?> { ["Input.Email"] = email, ["Input.Password"] = password });
        if (result.Status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)result.Status} {string.Join("; ", result.ErrorSummary)}");
        }
    }

    public void Dispose() => http.Dispose();

    public sealed class PageResult
    {
        public HttpStatusCode Status { get; private init; }

        public string? Location { get; private init; }

        public string Html { get; private init; } = "";

        public IHtmlDocument Document { get; private init; } = default!;

        public string? ContentType { get; private init; }

        public static async Task<PageResult> ReadAsync(HttpResponseMessage response)
        {
            var html = await response.Content.ReadAsStringAsync();
            return new PageResult
            {
                Status = response.StatusCode,
                Location = response.Headers.Location?.ToString(),
                Html = html,
                Document = Parser.ParseDocument(html),
                ContentType = response.Content.Headers.ContentType?.MediaType,
            };
        }

        public string H1 => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

        /// <summary>The messages in the GOV.UK error summary.</summary>
        public IReadOnlyList<string> ErrorSummary =>
            Document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

        /// <summary>The inline error message beside the field with this id.</summary>
        public string? FieldError(string id) =>
            Document.GetElementById($"{id}-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();

        public string Text => Document.Body?.TextContent ?? "";

        public IHtmlFormElement? FindForm(string? action) =>
            Document.Forms.FirstOrDefault(f => action is null
                ? f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && !IsHeaderForm(f)
                : string.Equals(f.GetAttribute("action"), action, StringComparison.OrdinalIgnoreCase));

        private static bool IsHeaderForm(IHtmlFormElement form) => form.GetAttribute("action") == "/account/sign-out";
    }
}
