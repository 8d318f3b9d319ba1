using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class DestinationConfiguration : IEntityTypeConfiguration<Destination>
{
    public void Configure(EntityTypeBuilder<Destination> builder)
    {
        builder.Property(d => d.PaidHoursPerWeek).HasPrecision(5, 1);
        builder.Property(d => d.Notes).HasMaxLength(2000);
        builder.Property(d => d.FamilyFeedback).HasMaxLength(2000);
        builder.HasOne<YoungPerson>().WithMany().HasForeignKey(d => d.YoungPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.YoungPersonId, d.CheckpointOn });
    }
}
