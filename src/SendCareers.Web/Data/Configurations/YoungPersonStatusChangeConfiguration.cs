using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class YoungPersonStatusChangeConfiguration : IEntityTypeConfiguration<YoungPersonStatusChange>
{
    public void Configure(EntityTypeBuilder<YoungPersonStatusChange> builder)
    {
        builder.Property(c => c.RecordedByName).HasMaxLength(200);
        builder.HasOne<YoungPerson>().WithMany(p => p.StatusChanges).HasForeignKey(c => c.YoungPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.PreviousSchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.YoungPersonId, c.EffectiveFrom });
    }
}
