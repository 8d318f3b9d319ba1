using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class HubConfiguration : IEntityTypeConfiguration<Hub>
{
    public const int MaxName = 200;
    public const int MaxEmail = 254;
    public const int MaxPhone = 30;
    public const int MaxBriefingDays = 100;

    public void Configure(EntityTypeBuilder<Hub> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(MaxName);
        builder.Property(h => h.ContactEmail).HasMaxLength(MaxEmail);
        builder.Property(h => h.ContactPhone).HasMaxLength(MaxPhone);
        builder.Property(h => h.BriefingDaysBefore).HasMaxLength(MaxBriefingDays);
        builder.Property(h => h.Version).IsConcurrencyToken();
    }
}
