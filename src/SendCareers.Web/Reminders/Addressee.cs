using SendCareers.Domain.Reminders;

namespace SendCareers.Web.Reminders;

/// <summary>Someone to write to about a placement: their recipient id, address and name.</summary>
public sealed record Addressee(Recipient Recipient, string Email, string? Name);
