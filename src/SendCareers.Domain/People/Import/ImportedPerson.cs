namespace SendCareers.Domain.People.Import;

/// <summary>One row of an upload, read and checked: what it says about a young person.</summary>
public sealed record ImportedPerson(
    string? Upn,
    string LegalFirstName,
    string LegalSurname,
    string? PreferredName,
    DateOnly DateOfBirth,
    string? YearGroup,
    bool? HasEhcp,
    string? HomePostcode);
