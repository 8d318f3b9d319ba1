namespace SendCareers.Domain.People.Import;

/// <summary>What a column of a school's records export can fill in.</summary>
public enum ImportField
{
    Upn,
    LegalFirstName,
    LegalSurname,
    PreferredFirstName,
    DateOfBirth,
    YearGroup,
    Ehcp,
    HomePostcode,
}
