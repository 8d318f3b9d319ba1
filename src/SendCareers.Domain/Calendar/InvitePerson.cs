namespace SendCareers.Domain.Calendar;

/// <summary>An organizer or attendee: an e-mail address and the name calendar apps show beside it.</summary>
public sealed record InvitePerson(string Email, string? Name = null);
