namespace SendCareers.Web.Data.Entities;

/// <summary>
/// A young person's evidence for one academic year, counted (see <see cref="SendCareers.Domain.Evidence.EvidenceTally"/>).
/// Kept by <see cref="Evidence.EvidenceTallyKeeper"/> whenever attendance, an encounter, a placement, its
/// opening or the person's date of birth changes, in the same transaction; reports read these instead of
/// every encounter. Never written by hand.
/// </summary>
public class EvidenceTallyRow
{
    public int YoungPersonId { get; set; }

    public int AcademicYear { get; set; }

    public int Items { get; set; }

    public int Benchmark5 { get; set; }

    public int Workplaces { get; set; }

    public int WorkplacesBefore16 { get; set; }

    public int WorkplacesBefore18 { get; set; }
}
