using Microsoft.Extensions.Options;
using SendCareers.Web;
using SendCareers.Web.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddSendCareers();

var app = builder.Build();
// Settings checked with ValidateOnStart (Site:BaseUrl, Reminders:*) stop the app here, before the database is touched.
app.Services.GetService<IStartupValidator>()?.Validate();
await app.PrepareDatabaseAsync();
app.UseSendCareers();
await app.RunAsync();

/// <summary>Entry point, public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
