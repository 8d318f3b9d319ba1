using SendCareers.Domain.Matching;

namespace SendCareers.Web.Matching;

/// <summary>
/// The open openings prepared for matching once and shared by every request, instead of being read and
/// prepared again each time a coach opens a young person's matches. A catalogue is reused while the
/// database's <see cref="Data.Entities.MatchingStamp"/> still has the token it was built under and the UK
/// day has not changed (safeguarding checks run out by the day); otherwise the next request builds it again.
/// </summary>
public sealed class PreparedOpenings : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile Prepared? _current;

    private sealed record Prepared(Guid Token, DateOnly Today, OpeningCatalogue Catalogue);

    public void Dispose() => _building.Dispose();

    /// <summary>How many times a catalogue has been built: for tests and the benchmark.</summary>
    public int Builds { get; private set; }

    /// <summary>
    /// The catalogue for <paramref name="token"/> and <paramref name="today"/>. The token must be read before
    /// <paramref name="build"/> reads the openings, so a catalogue is never filed under a newer token than its data.
    /// </summary>
    public async Task<OpeningCatalogue> GetAsync(Guid token, DateOnly today, Func<CancellationToken, Task<OpeningCatalogue>> build, CancellationToken cancellationToken)
    {
        if (_current is { } ready && ready.Token == token && ready.Today == today)
        {
            return ready.Catalogue;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.Token == token && built.Today == today)
            {
                return built.Catalogue;
            }

            var catalogue = await build(cancellationToken);
            _current = new Prepared(token, today, catalogue);
            Builds++;
            return catalogue;
        }
        finally
        {
            _building.Release();
        }
    }
}
