using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class CoachTrainingConfiguration : IEntityTypeConfiguration<CoachTraining>
{
    public const int MaxCourse = 200;

    public void Configure(EntityTypeBuilder<CoachTraining> builder)
    {
        builder.Property(t => t.Course).HasMaxLength(MaxCourse);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.UserId, t.CompletedOn });
    }
}
