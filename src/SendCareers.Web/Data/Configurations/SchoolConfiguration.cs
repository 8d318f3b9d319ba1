using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public const int MaxName = 200;
    public const int MaxLocalAuthority = 100;
    public const int MaxEmail = 254;

    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(MaxName);
        builder.Property(s => s.LocalAuthority).HasMaxLength(MaxLocalAuthority);
        builder.Property(s => s.Postcode).HasMaxLength(10);
        builder.Property(s => s.OutwardCode).HasMaxLength(4);
        builder.Property(s => s.Urn).HasMaxLength(6);
        builder.Property(s => s.Ukprn).HasMaxLength(8);
        builder.Property(s => s.CareersLeaderName).HasMaxLength(MaxName);
        builder.Property(s => s.CareersLeaderEmail).HasMaxLength(MaxEmail);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsOpen);
        builder.HasOne(s => s.Hub).WithMany(h => h.Schools).HasForeignKey(s => s.HubId);
    }
}
