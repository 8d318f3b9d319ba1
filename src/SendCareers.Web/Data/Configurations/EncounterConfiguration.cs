using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class EncounterConfiguration : IEntityTypeConfiguration<Encounter>
{
    public void Configure(EntityTypeBuilder<Encounter> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Location).HasMaxLength(300);
        builder.Property(e => e.HostName).HasMaxLength(200);
        builder.Property(e => e.HostEmail).HasMaxLength(254);
        builder.Property(e => e.EmployerCannotReason).HasMaxLength(Encounter.MaxCannotReason);
        builder.Property(e => e.EmployerAnsweredByUserId).HasMaxLength(450);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.Employer).WithMany().HasForeignKey(e => e.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.School).WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Attendees).WithOne().HasForeignKey(a => a.EncounterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.StartsAtUtc);
    }
}
