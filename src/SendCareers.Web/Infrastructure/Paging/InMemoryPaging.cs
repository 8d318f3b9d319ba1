namespace SendCareers.Web.Infrastructure.Paging;

public static class InMemoryPaging
{
    /// <summary>One page of a list already in memory and in order; a page past the end shows the last page.</summary>
    public static Paged<T> ToPaged<T>(this IReadOnlyList<T> all, PageRequest request)
    {
        var lastPage = Math.Max(1, (all.Count + request.Size - 1) / request.Size);
        var number = Math.Min(request.Number, lastPage);
        var start = (number - 1) * request.Size;
        var items = new List<T>(Math.Min(request.Size, Math.Max(0, all.Count - start)));
        for (var i = start; i < all.Count && i < start + request.Size; i++)
        {
            items.Add(all[i]);
        }

        return new Paged<T>(items, all.Count, number, request.Size, request.Key);
    }
}
