using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class SupportLogConfiguration : IEntityTypeConfiguration<SupportLogEntry>
{
    public void Configure(EntityTypeBuilder<SupportLogEntry> builder)
    {
        builder.Property(s => s.DirectSupportHours).HasPrecision(5, 1);
        builder.HasIndex(s => new { s.PlacementId, s.WeekStarting }).IsUnique();
    }
}
