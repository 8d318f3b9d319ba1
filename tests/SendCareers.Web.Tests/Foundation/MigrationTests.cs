using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;

namespace SendCareers.Web.Tests.Foundation;

/// <summary>One model, two migration sets: each must contain every change to the model.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void SqliteMigrations_CoverTheWholeModel()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes with no SQLite migration: run scripts/add-migration.sh <Name>");
    }

    [Fact]
    public void PostgresMigrations_CoverTheWholeModel()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes with no PostgreSQL migration: run scripts/add-migration.sh <Name>");
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrationNames()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(Names(sqlite), Names(postgres));
    }
}

/// <summary>The integration suite runs twice in test.sh: on SQLite files, then on PostgreSQL.</summary>
public sealed class ProviderSelectionTests
{
    [Fact]
    public async Task App_RunsOnTheProviderThisPassSelected()
    {
        await using var app = new Support.SendCareersApp().WithoutDemoData();

        var provider = await app.WithDbAsync(db => Task.FromResult(db.Database.ProviderName));

        Assert.Equal(
            Support.SharedPostgres.Selected ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite",
            provider);
    }
}
