using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class CornerstonePledgeConfiguration : IEntityTypeConfiguration<CornerstonePledge>
{
    public void Configure(EntityTypeBuilder<CornerstonePledge> builder)
    {
        builder.Property(p => p.Commitment).HasMaxLength(1000);
        builder.HasIndex(p => new { p.EmployerId, p.AcademicYearStart }).IsUnique();
    }
}
