namespace SendCareers.Web.Infrastructure.Paging;

/// <summary>The model of <c>Shared/_Pagination</c>: a page, what its rows are called ("young people"), and the nav's label.</summary>
public sealed record PaginationView(IPageInfo Page, string RowsName, string Label);
