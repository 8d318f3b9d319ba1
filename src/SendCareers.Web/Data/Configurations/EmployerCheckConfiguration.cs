using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class EmployerCheckConfiguration : IEntityTypeConfiguration<EmployerCheck>
{
    public void Configure(EntityTypeBuilder<EmployerCheck> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(200);
        builder.HasOne(c => c.Employer).WithMany().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.EmployerId, c.Check }).IsUnique();
        builder.HasIndex(c => c.ExpiresOn);
    }
}
