namespace SendCareers.Web.Tests.Support;

/// <summary>
/// One PostgreSQL cluster for the whole test run, started on first use; each app gets its own database.
/// </summary>
public static class SharedPostgres
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresServer? _server;

    public static async Task<PostgresServer> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_server is null)
            {
                _server = await PostgresServer.StartAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            return _server;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>True when the run should host every integration test on PostgreSQL (test.sh's second pass).</summary>
    public static bool Selected =>
        string.Equals(Environment.GetEnvironmentVariable("SENDCAREERS_TEST_DATABASE"), "Postgres", StringComparison.OrdinalIgnoreCase);
}
