using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.SubjectType).HasMaxLength(100);
        builder.Property(a => a.SubjectId).HasMaxLength(100);
        builder.HasIndex(a => new { a.SubjectType, a.SubjectId, a.AtUtc });
        // The audit page's filters: one account's entries, and a range of days.
        builder.HasIndex(a => a.UserId);
        builder.HasIndex(a => a.AtUtc);
    }
}
