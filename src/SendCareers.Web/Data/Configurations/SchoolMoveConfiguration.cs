using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class SchoolMoveConfiguration : IEntityTypeConfiguration<SchoolMove>
{
    public void Configure(EntityTypeBuilder<SchoolMove> builder)
    {
        builder.Property(m => m.MovedByUserId).HasMaxLength(450);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.FromSchool).WithMany().HasForeignKey(m => m.FromSchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.ToSchool).WithMany().HasForeignKey(m => m.ToSchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.UserId, m.MovedAtUtc });
    }
}
