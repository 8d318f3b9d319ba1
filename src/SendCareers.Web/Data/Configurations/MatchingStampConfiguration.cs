using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class MatchingStampConfiguration : IEntityTypeConfiguration<MatchingStamp>
{
    public void Configure(EntityTypeBuilder<MatchingStamp> builder)
    {
        builder.ToTable("MatchingStamps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();

        // The row exists from the migration on, so every save can update it without reading it first.
        builder.HasData(new MatchingStamp { Id = MatchingStamp.TheRow, Token = Guid.Empty });
    }
}
