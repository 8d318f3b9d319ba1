using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class EncounterRequestConfiguration : IEntityTypeConfiguration<EncounterRequest>
{
    public void Configure(EntityTypeBuilder<EncounterRequest> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Notes).HasMaxLength(EncounterRequest.MaxNotes);
        builder.Property(r => r.CreatedByUserId).HasMaxLength(450);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.School).WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.AcceptedEmployer).WithMany().HasForeignKey(r => r.AcceptedEmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Invitations).WithOne(i => i.Request!).HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.State, r.NextWaveAtUtc });
        builder.HasIndex(r => r.SchoolId);
    }
}
