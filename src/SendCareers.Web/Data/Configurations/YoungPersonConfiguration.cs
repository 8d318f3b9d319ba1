using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class YoungPersonConfiguration : IEntityTypeConfiguration<YoungPerson>
{
    public void Configure(EntityTypeBuilder<YoungPerson> builder)
    {
        builder.Property(p => p.PreferredName).HasMaxLength(100);
        builder.Property(p => p.LegalFirstName).HasMaxLength(100);
        builder.Property(p => p.LegalSurname).HasMaxLength(100);
        builder.Property(p => p.Upn).HasMaxLength(13);
        builder.HasIndex(p => p.Upn).IsUnique(); // several nulls are allowed by both SQLite and PostgreSQL
        builder.Property(p => p.HomePostcode).HasMaxLength(10);
        builder.Property(p => p.HomeOutwardCode).HasMaxLength(4);
        builder.Property(p => p.FamilyContactName).HasMaxLength(100);
        builder.Property(p => p.FamilyContactEmail).HasMaxLength(254);
        builder.HasOne(p => p.School).WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.SchoolId);
        builder.HasMany(p => p.Changes).WithOne().HasForeignKey(c => c.YoungPersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
