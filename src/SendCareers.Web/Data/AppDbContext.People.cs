using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data;

public partial class AppDbContext
{
    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<SchoolMove> SchoolMoves => Set<SchoolMove>();

    public DbSet<SchoolRollover> SchoolRollovers => Set<SchoolRollover>();
}
