using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace SendCareers.Web.Tests.Support;

/// <summary>
/// In-process requests have no client address; this lets a test say which client it is (header
/// <c>X-Test-Client</c>), so "a stranger" and "the account's owner" can be told apart as they would be
/// on the internet. Only ever added by tests.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client";

    public static void AddTo(IServiceCollection services) => services.AddTransient<IStartupFilter, TestClientAddress>();

    public static void Use(FormClient client, string address) => client.Http.DefaultRequestHeaders.Add(Header, address);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, call) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            await call(context);
        });
        next(app);
    };
}
