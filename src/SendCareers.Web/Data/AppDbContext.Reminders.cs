using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data;

public partial class AppDbContext
{
    public DbSet<ScheduledMessage> ScheduledMessages => Set<ScheduledMessage>();
}
