namespace SendCareers.Domain.Reminders;

/// <summary>Why a change notice is sent. Dates and place can change together.</summary>
[Flags]
public enum ChangeReasons
{
    None = 0,
    DatesChanged = 1,
    PlaceChanged = 2,
    Cancelled = 4,
}

public static class ChangeReasonsExtensions
{
    /// <summary>"dates changed", "place changed", "dates and place changed", "cancelled".</summary>
    public static string Describe(this ChangeReasons reasons) => reasons switch
    {
        ChangeReasons.None => "no change",
        _ when reasons.HasFlag(ChangeReasons.Cancelled) => "cancelled",
        ChangeReasons.DatesChanged => "dates changed",
        ChangeReasons.PlaceChanged => "place changed",
        _ => "dates and place changed",
    };
}
