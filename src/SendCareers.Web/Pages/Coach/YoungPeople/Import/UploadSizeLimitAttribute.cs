using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SendCareers.Web.YoungPeople.Import;

namespace SendCareers.Web.Pages.Coach.YoungPeople.Import;

/// <summary>
/// Refuses an upload that says it is too large before a byte of it is read (413, with the error page's
/// message), ahead of the antiforgery check that would otherwise read the whole form. Kestrel's own
/// limit, set by [RequestSizeLimit] beside it, stops a body that lies about its length.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadSizeLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (HttpMethods.IsPost(context.HttpContext.Request.Method) && context.HttpContext.Request.ContentLength > CsvUpload.MaxRequestBytes)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
    }
}
