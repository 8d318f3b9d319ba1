namespace SendCareers.Web.People;

/// <summary>Who to invite, already checked by the form: their name, address, role and where they belong.</summary>
public sealed record InvitationRequest(string DisplayName, string Email, string Role, int? SchoolId, int? EmployerId);
