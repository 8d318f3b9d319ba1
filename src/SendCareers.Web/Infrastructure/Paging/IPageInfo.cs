namespace SendCareers.Web.Infrastructure.Paging;

/// <summary>What the pagination partial needs of a page, whatever its rows are.</summary>
public interface IPageInfo
{
    int Total { get; }

    int Number { get; }

    int Size { get; }

    /// <summary>The query-string key its page number travels in.</summary>
    string Key { get; }

    int PageCount { get; }

    int First { get; }

    int Last { get; }
}
