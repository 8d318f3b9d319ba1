namespace SendCareers.Web.Data.Entities;

public enum EncounterState
{
    Scheduled = 1,
    Held,
    Cancelled,
}
