using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data;

/// <summary>Safeguarding checks, Preparing for Adulthood reviews, destinations and job coaches' training: what the hub's reports need beyond placements.</summary>
public partial class AppDbContext
{
    public DbSet<SafeguardingRequirement> SafeguardingRequirements => Set<SafeguardingRequirement>();

    public DbSet<EmployerCheck> EmployerChecks => Set<EmployerCheck>();

    public DbSet<PreparingForAdulthoodReview> PreparingForAdulthoodReviews => Set<PreparingForAdulthoodReview>();

    public DbSet<Destination> Destinations => Set<Destination>();

    public DbSet<CoachTraining> CoachTraining => Set<CoachTraining>();
}
