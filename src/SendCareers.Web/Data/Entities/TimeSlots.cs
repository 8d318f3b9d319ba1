namespace SendCareers.Web.Data.Entities;

[Flags]
public enum TimeSlots
{
    None = 0,
    Mornings = 1 << 0,
    Afternoons = 1 << 1,
    AfterSchool = 1 << 2,
}
