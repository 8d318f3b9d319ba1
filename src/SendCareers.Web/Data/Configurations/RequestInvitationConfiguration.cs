using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Configurations;

public sealed class RequestInvitationConfiguration : IEntityTypeConfiguration<RequestInvitation>
{
    public void Configure(EntityTypeBuilder<RequestInvitation> builder)
    {
        builder.Property(i => i.DeclineNote).HasMaxLength(RequestInvitation.MaxDeclineNote);
        builder.HasOne(i => i.Employer).WithMany().HasForeignKey(i => i.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.RequestId, i.EmployerId }).IsUnique();
        builder.HasIndex(i => new { i.EmployerId, i.InvitedAtUtc });
    }
}
