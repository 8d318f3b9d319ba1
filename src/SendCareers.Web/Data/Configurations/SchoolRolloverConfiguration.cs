using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class SchoolRolloverConfiguration : IEntityTypeConfiguration<SchoolRollover>
{
    public void Configure(EntityTypeBuilder<SchoolRollover> builder)
    {
        builder.Property(r => r.AppliedByUserId).HasMaxLength(450);
        builder.HasOne<School>().WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SchoolId, r.AcademicYear });
    }
}
