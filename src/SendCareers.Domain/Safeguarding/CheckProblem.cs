using SendCareers.Domain.Reminders;

namespace SendCareers.Domain.Safeguarding;

public sealed record CheckProblem(SafeguardingCheck Check, CheckProblemKind Kind, DateOnly? ExpiresOn)
{
    public string Describe() => Kind switch
    {
        CheckProblemKind.Missing => $"{Check.Describe()} is not recorded",
        CheckProblemKind.Expired => $"{Check.Describe()} expired on {UkTime.FormatDate(ExpiresOn!.Value)}",
        _ => $"{Check.Describe()} expires on {UkTime.FormatDate(ExpiresOn!.Value)}, before the activity ends",
    };
}
