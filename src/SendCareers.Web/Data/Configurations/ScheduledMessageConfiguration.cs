using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class ScheduledMessageConfiguration : IEntityTypeConfiguration<ScheduledMessage>
{
    public void Configure(EntityTypeBuilder<ScheduledMessage> builder)
    {
        builder.Property(m => m.Kind).HasMaxLength(60);
        builder.Property(m => m.DedupeKey).HasMaxLength(SendCareers.Domain.Reminders.DedupeKey.MaxLength);
        builder.Property(m => m.RecipientEmail).HasMaxLength(254);
        builder.Property(m => m.RecipientName).HasMaxLength(200);
        builder.Property(m => m.SubjectType).HasMaxLength(40);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.Property(m => m.ClaimedBy).HasMaxLength(100);
        builder.HasIndex(m => m.DedupeKey).IsUnique();
        // The dispatcher's claim query: due pending rows, and expired claims.
        builder.HasIndex(m => new { m.State, m.NextAttemptAtUtc });
        builder.HasIndex(m => new { m.SubjectType, m.SubjectId });
        // The messages page narrows to one recipient's e-mails.
        builder.HasIndex(m => m.RecipientEmail);
        // A daily summary reads the notices waiting in it.
        builder.HasIndex(m => m.DigestId);
    }
}
