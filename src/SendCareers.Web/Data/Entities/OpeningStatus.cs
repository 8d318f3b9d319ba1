namespace SendCareers.Web.Data.Entities;

public enum OpeningStatus
{
    Draft = 1,
    Open,
    Filled,
    Closed,
}
