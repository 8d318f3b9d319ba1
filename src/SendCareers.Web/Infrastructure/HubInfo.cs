using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;

namespace SendCareers.Web;

/// <summary>
/// The hub's name and contact, read once and kept in memory: it is on every page, including cached
/// guidance pages that must not touch the database.
/// </summary>
public sealed class HubInfo(IServiceScopeFactory scopes)
{
    private volatile Snapshot? _snapshot;

    public sealed record Snapshot(string Name, string ContactEmail);

    public Snapshot Current => _snapshot ?? Load();

    public void Invalidate() => _snapshot = null;

    private Snapshot Load()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var hub = db.Hubs.AsNoTracking().OrderBy(h => h.Id).Select(h => new { h.Name, h.ContactEmail }).FirstOrDefault();
        var snapshot = new Snapshot(hub?.Name ?? "SEND Careers Hub", hub?.ContactEmail ?? "");
        _snapshot = snapshot;
        return snapshot;
    }
}
