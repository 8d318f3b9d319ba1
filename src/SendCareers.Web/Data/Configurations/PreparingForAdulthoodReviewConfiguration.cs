using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class PreparingForAdulthoodReviewConfiguration : IEntityTypeConfiguration<PreparingForAdulthoodReview>
{
    public void Configure(EntityTypeBuilder<PreparingForAdulthoodReview> builder)
    {
        builder.Property(r => r.Notes).HasMaxLength(2000);
        builder.HasOne<YoungPerson>().WithMany().HasForeignKey(r => r.YoungPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.YoungPersonId, r.HeldOn });
    }
}
