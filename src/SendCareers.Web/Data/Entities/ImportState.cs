namespace SendCareers.Web.Data.Entities;

public enum ImportState
{
    Uploaded,
    Confirmed,
    Undone,
}
