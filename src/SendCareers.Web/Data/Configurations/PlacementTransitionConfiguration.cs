using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class PlacementTransitionConfiguration : IEntityTypeConfiguration<PlacementTransitionRecord>
{
    public void Configure(EntityTypeBuilder<PlacementTransitionRecord> builder)
    {
        builder.Property(t => t.Reason).HasMaxLength(1000);
        builder.HasIndex(t => new { t.PlacementId, t.AtUtc });
    }
}
