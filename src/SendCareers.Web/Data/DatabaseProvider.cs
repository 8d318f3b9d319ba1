namespace SendCareers.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseProviderConfiguration
{
    extension(DatabaseProvider)
    {
        /// <summary>Reads <c>Database:Provider</c>: "Sqlite" (default) or "Postgres".</summary>
        public static DatabaseProvider From(IConfiguration configuration) =>
            string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
                ? DatabaseProvider.Postgres
                : DatabaseProvider.Sqlite;
    }
}
