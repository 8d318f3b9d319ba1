namespace SendCareers.Domain.People.Import;

/// <summary>A young person already on SendCareers at the school being imported into.</summary>
public sealed record ExistingPerson(
    int Id,
    string? Upn,
    string? LegalFirstName,
    string? LegalSurname,
    string PreferredName,
    DateOnly DateOfBirth,
    string? HomePostcode);
