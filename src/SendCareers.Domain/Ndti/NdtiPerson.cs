namespace SendCareers.Domain.Ndti;

/// <summary>A young person as the NDTi table needs them. AtCollege: attends a further education or specialist college.</summary>
public sealed record NdtiPerson(long Id, DateOnly DateOfBirth, bool HasEhcp, bool AtCollege);
