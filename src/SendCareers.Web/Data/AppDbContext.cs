using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data;

/// <summary>
/// One model for SQLite and PostgreSQL. Feature areas add their sets in partial files
/// (AppDbContext.&lt;Feature&gt;.cs) and their mappings as IEntityTypeConfiguration classes.
/// </summary>
public partial class AppDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider-specific subclasses, each of which owns one migration set.</summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Hub> Hubs => Set<Hub>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<CornerstonePledge> CornerstonePledges => Set<CornerstonePledge>();

    public DbSet<SingleUseToken> SingleUseTokens => Set<SingleUseToken>();

    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<EvidenceTallyRow> EvidenceTallies => Set<EvidenceTallyRow>();

    public DbSet<MatchingStamp> MatchingStamps => Set<MatchingStamp>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC in the database; the converter restores DateTimeKind.Utc on the way out,
        // which SQLite would otherwise lose and PostgreSQL's timestamptz requires.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(4000);
    }
}
