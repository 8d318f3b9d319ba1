using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class EncounterAttendeeConfiguration : IEntityTypeConfiguration<EncounterAttendee>
{
    public void Configure(EntityTypeBuilder<EncounterAttendee> builder)
    {
        builder.HasOne(a => a.YoungPerson).WithMany().HasForeignKey(a => a.YoungPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.EncounterId, a.YoungPersonId }).IsUnique();
    }
}
