using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class DebriefConfiguration : IEntityTypeConfiguration<Debrief>
{
    public void Configure(EntityTypeBuilder<Debrief> builder)
    {
        builder.HasIndex(d => d.PlacementId);
        builder.HasIndex(d => d.EncounterId);
        builder.HasOne<YoungPerson>().WithMany().HasForeignKey(d => d.YoungPersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
