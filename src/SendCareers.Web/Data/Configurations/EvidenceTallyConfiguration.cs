using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class EvidenceTallyConfiguration : IEntityTypeConfiguration<EvidenceTallyRow>
{
    public void Configure(EntityTypeBuilder<EvidenceTallyRow> builder)
    {
        builder.ToTable("EvidenceTallies");
        builder.HasKey(t => new { t.YoungPersonId, t.AcademicYear });
        builder.HasOne<YoungPerson>().WithMany().HasForeignKey(t => t.YoungPersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
