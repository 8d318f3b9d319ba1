using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.Property(e => e.OrganisationName).HasMaxLength(200);
        builder.Property(e => e.ContactName).HasMaxLength(200);
        builder.Property(e => e.ContactEmail).HasMaxLength(254);
        builder.Property(e => e.Phone).HasMaxLength(40);
        builder.Property(e => e.Postcode).HasMaxLength(10);
        builder.Property(e => e.OutwardCode).HasMaxLength(4);
        builder.Property(e => e.DeclineReason).HasMaxLength(1000);
        builder.HasIndex(e => e.Status);
        // One organisation record per contact address: a second sign-up must not create a twin.
        builder.HasIndex(e => e.ContactEmail).IsUnique();
        builder.HasMany(e => e.Pledges).WithOne(p => p.Employer!).HasForeignKey(p => p.EmployerId);
    }
}
