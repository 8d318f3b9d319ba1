using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SendCareers.Web.Data;

/// <summary>
/// A compiled query, compiled once for each EF model it meets. EF ties a compiled query to the first
/// model it ran against and refuses any other, and a process can hold more than one: two hosts in one
/// process (the tests, a restore check) or SQLite and PostgreSQL side by side each build their own.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> byModel = new();

    public TQuery For(AppDbContext db) => byModel.GetValue(db.Model, _ => compile());
}
