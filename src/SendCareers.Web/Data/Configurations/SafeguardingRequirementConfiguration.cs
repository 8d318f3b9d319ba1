using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class SafeguardingRequirementConfiguration : IEntityTypeConfiguration<SafeguardingRequirement>
{
    public void Configure(EntityTypeBuilder<SafeguardingRequirement> builder) => builder.HasIndex(r => r.Activity).IsUnique();
}
