using Microsoft.EntityFrameworkCore;

namespace SendCareers.Web.Infrastructure.Paging;

public static class PagingQueries
{
    /// <summary>
    /// Counts and reads one page in SQL. The query must already be in a stable order (end with a unique key).
    /// A page past the end shows the last page instead, so a bookmark kept after rows went still shows something.
    /// </summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var lastPage = Math.Max(1, (total + request.Size - 1) / request.Size);
        var number = Math.Min(request.Number, lastPage);
        var items = total == 0
            ? []
            : await ordered.Skip((number - 1) * request.Size).Take(request.Size).ToListAsync(cancellationToken);
        return new Paged<T>(items, total, number, request.Size, request.Key);
    }
}
