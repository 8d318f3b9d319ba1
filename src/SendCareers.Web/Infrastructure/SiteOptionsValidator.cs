using Microsoft.Extensions.Options;

namespace SendCareers.Web;

/// <summary>
/// Stops the app at start-up when <c>Site:BaseUrl</c> is missing outside Development, or is not an
/// absolute http(s) address anywhere, instead of e-mailing links to a made-up host.
/// </summary>
public sealed class SiteOptionsValidator(IHostEnvironment environment) : IValidateOptions<SiteOptions>
{
    private const string Advice =
        "Set it to the public address people use to reach the app, e.g. https://careers.example.org " +
        "(environment variable Site__BaseUrl); e-mailed links start with it.";

    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        var value = options.BaseUrl;
        if (string.IsNullOrWhiteSpace(value))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"Site:BaseUrl is not set. {Advice}");
        }

        return IsAbsoluteHttp(value)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Site:BaseUrl is '{value}', which is not an absolute http or https address. {Advice}");
    }

    private static bool IsAbsoluteHttp(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment);
}
