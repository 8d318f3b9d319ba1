using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

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
