using SendCareers.Domain.Evidence;

namespace SendCareers.Web.Evidence;

/// <summary>Everything the hub administrator's reports page shows, for one school or the whole hub.</summary>
public sealed record HubReport(
    string Year,
    IReadOnlyList<CoverageRow> Coverage,
    IReadOnlyList<CornerstoneDelivery> Cornerstones,
    SectorSpread Sectors,
    IReadOnlyList<DebriefSummary> Debriefs,
    IReadOnlyList<(string Destination, int Leavers)> Destinations);

/// <summary>A cornerstone employer's hours this academic year: promised, and given in encounters and placements.</summary>
public sealed record CornerstoneDelivery(int EmployerId, string Employer, int Pledged, decimal Delivered);

/// <summary>Debriefs from one kind of respondent: how many, the average rating (1 to 5), and would-host-again answers.</summary>
public sealed record DebriefSummary(string Respondent, int Count, decimal? AverageRating, int WouldHostAgain, int AnsweredHostAgain);
