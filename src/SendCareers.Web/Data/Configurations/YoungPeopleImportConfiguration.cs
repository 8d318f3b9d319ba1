using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class YoungPeopleImportConfiguration : IEntityTypeConfiguration<YoungPeopleImport>
{
    public void Configure(EntityTypeBuilder<YoungPeopleImport> builder)
    {
        builder.Property(i => i.PublicId).HasMaxLength(32);
        builder.HasIndex(i => i.PublicId).IsUnique();
        builder.Property(i => i.UploadedByUserId).HasMaxLength(450);
        builder.Property(i => i.ConfirmedByUserId).HasMaxLength(450);
        builder.Property(i => i.UploadedByName).HasMaxLength(200);
        builder.Property(i => i.FileName).HasMaxLength(200);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.UndoNote).HasMaxLength(2000);
        // A whole file's cells and what undo needs: longer than the 4,000 characters every other text may
        // be (text on PostgreSQL).
        builder.Property(i => i.HeadersJson).Metadata.SetMaxLength(null);
        builder.Property(i => i.RowsJson).Metadata.SetMaxLength(null);
        builder.Property(i => i.MappingJson).Metadata.SetMaxLength(null);
        builder.Property(i => i.UndoJson).Metadata.SetMaxLength(null);
        builder.HasOne<School>().WithMany().HasForeignKey(i => i.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.SchoolId, i.UploadedAtUtc });
    }
}
