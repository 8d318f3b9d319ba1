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
    }
}
