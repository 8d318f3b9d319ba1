using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.LocalAuthority).HasMaxLength(100);
        builder.Property(s => s.Postcode).HasMaxLength(10);
        builder.Property(s => s.OutwardCode).HasMaxLength(4);
        builder.HasOne(s => s.Hub).WithMany(h => h.Schools).HasForeignKey(s => s.HubId);
    }
}
