using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using SendCareers.Web.Guidance;

// In the root namespace beside AddSendCareers and UseSendCareers, which call it.
namespace SendCareers.Web;

public static class GuidanceServiceCollectionExtensions
{
    /// <summary>The output-cache policy guidance pages use: anonymous GETs only, one copy per reading preference.</summary>
    public const string OutputCachePolicy = "Guidance";

    /// <summary>Evicted whenever the content changes.</summary>
    public const string OutputCacheTag = "guidance";

    /// <summary>
    /// The guidance library (from <c>Content:Path</c>, default the <c>content</c> folder beside the app),
    /// the watcher that reloads it, the output cache for its pages and the pages' routes.
    /// </summary>
    public static IServiceCollection AddGuidance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp =>
        {
            var configured = configuration["Content:Path"];
            var root = string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(AppContext.BaseDirectory, "content")
                : Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, configured);
            return new GuidanceLibrary(root, sp.GetRequiredService<ILogger<GuidanceLibrary>>());
        });
        services.AddHostedService<GuidanceContentWatcher>();

        // The default policy underneath already refuses to cache for signed-in people (the header shows
        // their name and a sign-out form), responses that set cookies, and anything but a 200.
        // Paths are cached case-sensitively: addresses are lower-case, and /families/Travel-Training
        // must not be answered from the cache of /families/travel-training.
        services.AddOutputCache(options => options.UseCaseSensitivePaths = true);
        services.AddOutputCache(options => options.AddPolicy(OutputCachePolicy, policy => policy
            .SetVaryByQuery([])
            .VaryByValue(context => new KeyValuePair<string, string>("prefs", ReadingPreferences.HtmlClasses(context.Request)))
            .Tag(OutputCacheTag)
            .Expire(TimeSpan.FromMinutes(10))));

        services.Configure<RazorPagesOptions>(options => options.Conventions.Add(new GuidanceRouteConvention()));
        return services;
    }

    /// <summary>
    /// The output cache (after authentication, so it knows who is signed in) and the guidance pictures
    /// at /guidance/images/: only .svg and .png files the library found, cached by browsers for a week.
    /// </summary>
    public static WebApplication UseGuidance(this WebApplication app)
    {
        app.UseOutputCache();
        app.MapGet(GuidanceAddress.ImagesUrl + "{name}", (string name, GuidanceLibrary library, HttpContext context) =>
        {
            if (library.ImageFile(name) is not { } path)
            {
                return Results.NotFound();
            }

            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=604800";
            var contentType = file.Extension == ".svg" ? "image/svg+xml" : "image/png";
            var etag = new EntityTagHeaderValue($"\"{file.LastWriteTimeUtc.Ticks:x}-{file.Length:x}\"");
            return Results.File(file.FullName, contentType, lastModified: file.LastWriteTimeUtc, entityTag: etag);
        }).AllowAnonymous();
        return app;
    }
}
