using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Demo;

/// <summary>What the foundation seeded, handed to each feature's demo seeder.</summary>
public sealed record DemoContext(Hub Hub, IReadOnlyList<School> Schools, IReadOnlyList<Employer> Employers);

/// <summary>
/// A feature's demo records (young people, openings, placements...). Register with
/// <c>services.AddScoped&lt;IDemoSeeder, MySeeder&gt;()</c>; seeders run in <see cref="Order"/> on first run only.
/// </summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(DemoContext context);
}
