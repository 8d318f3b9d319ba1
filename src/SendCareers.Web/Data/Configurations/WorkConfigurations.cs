using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class YoungPersonConfiguration : IEntityTypeConfiguration<YoungPerson>
{
    public void Configure(EntityTypeBuilder<YoungPerson> builder)
    {
        builder.Property(p => p.PreferredName).HasMaxLength(100);
        builder.Property(p => p.HomePostcode).HasMaxLength(10);
        builder.Property(p => p.HomeOutwardCode).HasMaxLength(4);
        builder.Property(p => p.FamilyContactName).HasMaxLength(100);
        builder.Property(p => p.FamilyContactEmail).HasMaxLength(254);
        builder.HasOne(p => p.School).WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.SchoolId);
        builder.HasMany(p => p.Changes).WithOne().HasForeignKey(c => c.YoungPersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProfileChangeConfiguration : IEntityTypeConfiguration<ProfileChange>
{
    public void Configure(EntityTypeBuilder<ProfileChange> builder)
    {
        builder.Property(c => c.Field).HasMaxLength(100);
        builder.Property(c => c.ByName).HasMaxLength(200);
        builder.HasIndex(c => new { c.YoungPersonId, c.AtUtc });
    }
}

public sealed class OpeningConfiguration : IEntityTypeConfiguration<Opening>
{
    public void Configure(EntityTypeBuilder<Opening> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Postcode).HasMaxLength(10);
        builder.Property(o => o.OutwardCode).HasMaxLength(4);
        builder.Property(o => o.HoursPerWeek).HasPrecision(5, 1);
        builder.HasOne(o => o.Employer).WithMany().HasForeignKey(o => o.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.Status, o.EmployerId });
    }
}

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

public sealed class PlacementTransitionConfiguration : IEntityTypeConfiguration<PlacementTransitionRecord>
{
    public void Configure(EntityTypeBuilder<PlacementTransitionRecord> builder)
    {
        builder.Property(t => t.Reason).HasMaxLength(1000);
        builder.HasIndex(t => new { t.PlacementId, t.AtUtc });
    }
}

public sealed class RotationConfiguration : IEntityTypeConfiguration<RotationRecord>
{
    public void Configure(EntityTypeBuilder<RotationRecord> builder) => builder.Property(r => r.Name).HasMaxLength(200);
}

public sealed class SupportLogConfiguration : IEntityTypeConfiguration<SupportLogEntry>
{
    public void Configure(EntityTypeBuilder<SupportLogEntry> builder)
    {
        builder.Property(s => s.DirectSupportHours).HasPrecision(5, 1);
        builder.HasIndex(s => new { s.PlacementId, s.WeekStarting }).IsUnique();
    }
}

public sealed class EncounterConfiguration : IEntityTypeConfiguration<Encounter>
{
    public void Configure(EntityTypeBuilder<Encounter> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Location).HasMaxLength(300);
        builder.Property(e => e.HostName).HasMaxLength(200);
        builder.Property(e => e.HostEmail).HasMaxLength(254);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.Employer).WithMany().HasForeignKey(e => e.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.School).WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Attendees).WithOne().HasForeignKey(a => a.EncounterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.StartsAtUtc);
    }
}

public sealed class EncounterAttendeeConfiguration : IEntityTypeConfiguration<EncounterAttendee>
{
    public void Configure(EntityTypeBuilder<EncounterAttendee> builder)
    {
        builder.HasOne(a => a.YoungPerson).WithMany().HasForeignKey(a => a.YoungPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.EncounterId, a.YoungPersonId }).IsUnique();
    }
}

public sealed class DebriefConfiguration : IEntityTypeConfiguration<Debrief>
{
    public void Configure(EntityTypeBuilder<Debrief> builder)
    {
        builder.HasIndex(d => d.PlacementId);
        builder.HasIndex(d => d.EncounterId);
        builder.HasOne<YoungPerson>().WithMany().HasForeignKey(d => d.YoungPersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.SubjectType).HasMaxLength(100);
        builder.Property(a => a.SubjectId).HasMaxLength(100);
        builder.HasIndex(a => new { a.SubjectType, a.SubjectId, a.AtUtc });
    }
}
