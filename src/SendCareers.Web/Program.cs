using SendCareers.Web;
using SendCareers.Web.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddSendCareers();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseSendCareers();
await app.RunAsync();

/// <summary>Entry point, public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
