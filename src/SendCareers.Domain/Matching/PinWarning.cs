namespace SendCareers.Domain.Matching;

/// <summary>
/// Something a coach should know about a pin: it breaks a hard constraint or overfills an opening (the pin
/// is still honoured), or it names a young person or opening not in this allocation (it is ignored).
/// </summary>
public sealed record PinWarning(int CandidateId, int OpeningId, string Message);
