using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class RotationConfiguration : IEntityTypeConfiguration<RotationRecord>
{
    public void Configure(EntityTypeBuilder<RotationRecord> builder) => builder.Property(r => r.Name).HasMaxLength(200);
}
