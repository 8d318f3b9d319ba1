using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SendCareers.Web.YoungPeople.Import;

namespace SendCareers.Web.Pages.Coach.YoungPeople.Import;

/// <summary>
/// An upload that says it is larger than the form allows is read to its end and thrown away, then the
/// person is sent back to the upload page, which says the file is too large beside the field and in the
/// error summary. This runs before the antiforgery check, which would otherwise read the whole form into
/// memory and fail on [RequestSizeLimit]. The body is read rather than left unread because a browser
/// still sending a file often shows "connection reset" instead of the answer when the server stops
/// reading. A body larger than <see cref="DrainLimitBytes"/> is not read: the answer is 413 and the error
/// page says the file is too large. Kestrel's limit, set by [RequestSizeLimit] beside it, still stops a
/// body that lies about its length.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadSizeLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const long DrainLimitBytes = 100L * 1024 * 1024;

    public const string TooLargeQuery = "problem=too-large";

    public int Order => int.MinValue;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || request.ContentLength is not { } length || length <= CsvUpload.MaxRequestBytes)
        {
            return;
        }

        var limit = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (length > DrainLimitBytes || limit is { IsReadOnly: true })
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }

        if (limit is not null)
        {
            limit.MaxRequestBodySize = DrainLimitBytes;
        }

        try
        {
            await request.Body.CopyToAsync(Stream.Null, context.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException or OperationCanceledException)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }

        context.Result = new RedirectResult($"{request.PathBase}{request.Path}?{TooLargeQuery}");
    }
}
