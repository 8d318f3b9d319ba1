using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Placements;

public static class PlacementQueries
{
    /// <summary>A placement with what its pages, actions and messages need: opening, employer, young person, history, rotations.</summary>
    public static IQueryable<Placement> WithDetails(this IQueryable<Placement> placements) =>
        placements
            .Include(p => p.Opening).ThenInclude(o => o!.Employer)
            .Include(p => p.YoungPerson)
            .Include(p => p.Transitions)
            .Include(p => p.Rotations)
            .AsSplitQuery();
}
