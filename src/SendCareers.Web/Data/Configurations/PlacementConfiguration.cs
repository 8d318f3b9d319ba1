using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.Property(p => p.SupervisorName).HasMaxLength(200);
        builder.Property(p => p.SupervisorEmail).HasMaxLength(254);
        builder.Property(p => p.SupervisorPhone).HasMaxLength(40);
        builder.Property(p => p.OverrideReason).HasMaxLength(1000);
        builder.Property(p => p.EndReason).HasMaxLength(1000);
        builder.Property(p => p.OutcomeHoursPerWeek).HasPrecision(5, 1);
        builder.Property(p => p.LineManagerName).HasMaxLength(200);
        builder.Property(p => p.HandoverNotes).HasMaxLength(2000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.YoungPerson).WithMany().HasForeignKey(p => p.YoungPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Opening).WithMany(o => o.Placements).HasForeignKey(p => p.OpeningId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Transitions).WithOne().HasForeignKey(t => t.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Rotations).WithOne().HasForeignKey(r => r.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.SupportLog).WithOne().HasForeignKey(s => s.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.YoungPersonId, p.State });
        builder.HasIndex(p => new { p.OpeningId, p.State });
    }
}
