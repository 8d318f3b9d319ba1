namespace SendCareers.Web.Infrastructure.Paging;

/// <summary>One page of a list, with how many rows the whole list holds.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Number, int Size, string Key = PageRequest.QueryKey) : IPageInfo
{
    public int PageCount => Total == 0 ? 1 : (Total + Size - 1) / Size;

    /// <summary>The position (from 1) of the first row shown; 0 when there are none.</summary>
    public int First => Items.Count == 0 ? 0 : ((Number - 1) * Size) + 1;

    public int Last => Items.Count == 0 ? 0 : First + Items.Count - 1;

    public Paged<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Total, Number, Size, Key);
}
