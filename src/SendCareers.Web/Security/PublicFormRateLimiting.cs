using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SendCareers.Web.Security;

/// <summary>
/// Limits how often one address may post to the public forms (sign-in, sign-up, password reset,
/// e-mail verification, accepting an invitation, debriefs): a fixed window per client address and form. Over the limit the
/// answer is 429 with a plain page, not the middleware's default 503.
/// </summary>
public static class PublicFormRateLimiting
{
    private static readonly string[] PublicFormPrefixes =
    [
        "/account/sign-in",
        "/account/forgotten-password",
        "/account/reset-password",
        "/account/verify",
        "/account/invitation",
        "/employers/sign-up",
        "/debrief",
        "/attendance",
    ];

    public static IServiceCollection AddPublicFormRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:PublicFormPostsPerMinute", 20);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var path = context.Request.Path.Value ?? "";
                if (!HttpMethods.IsPost(context.Request.Method) || !PublicFormPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter($"{client}|{path.ToLowerInvariant()}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}
