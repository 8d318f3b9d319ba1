using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data;

/// <summary>Young people imported from schools' records systems.</summary>
public partial class AppDbContext
{
    public DbSet<YoungPeopleImport> YoungPeopleImports => Set<YoungPeopleImport>();

    public DbSet<ImportColumnMapping> ImportColumnMappings => Set<ImportColumnMapping>();
}
