using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public const int MaxName = 200;
    public const int MaxEmail = 254;

    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(MaxEmail);
        builder.Property(i => i.NormalizedEmail).HasMaxLength(MaxEmail);
        builder.Property(i => i.DisplayName).HasMaxLength(MaxName);
        builder.Property(i => i.Role).HasMaxLength(32);
        builder.Property(i => i.InvitedByUserId).HasMaxLength(450);
        builder.Property(i => i.AcceptedUserId).HasMaxLength(450);
        builder.Ignore(i => i.IsOpen);
        builder.HasOne(i => i.School).WithMany().HasForeignKey(i => i.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Employer).WithMany().HasForeignKey(i => i.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.NormalizedEmail);
        builder.HasIndex(i => new { i.EmployerId, i.AcceptedAtUtc, i.CancelledAtUtc });
    }
}
