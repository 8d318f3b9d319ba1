using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class ProfileChangeConfiguration : IEntityTypeConfiguration<ProfileChange>
{
    public void Configure(EntityTypeBuilder<ProfileChange> builder)
    {
        builder.Property(c => c.Field).HasMaxLength(100);
        builder.Property(c => c.ByName).HasMaxLength(200);
        builder.HasIndex(c => new { c.YoungPersonId, c.AtUtc });
    }
}
