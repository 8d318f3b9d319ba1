namespace SendCareers.Web;

/// <summary>
/// Who may use a page, worded for the "who can use this page" line on every page. Derived from the
/// page's folder, the same place its authorization policy comes from, so the two cannot disagree.
/// </summary>
public static class PageAudience
{
    public static string For(string? viewEnginePath) => viewEnginePath switch
    {
        { } p when p.StartsWith("/Admin/", StringComparison.Ordinal) => "Hub administrators only.",
        { } p when p.StartsWith("/Coach/", StringComparison.Ordinal) => "Job coaches, for young people at their own school or college, and hub administrators.",
        { } p when p.StartsWith("/MyOrganisation/", StringComparison.Ordinal) => "Signed-in employer contacts, for their own organisation only.",
        { } p when p.StartsWith("/Settings/", StringComparison.Ordinal) => "Job coaches and hub administrators, for their own account only.",
        { } p when p.StartsWith("/Account/Invitation", StringComparison.Ordinal) => "Anyone with the invitation link from our e-mail. The link works once.",
        { } p when p.StartsWith("/Account/", StringComparison.Ordinal) => "Anyone with a SendCareers account.",
        { } p when p.StartsWith("/EmailSettings/", StringComparison.Ordinal) => "Anyone signed in, for their own account only.",
        { } p when p.StartsWith("/Calendar/", StringComparison.Ordinal) => "Anyone signed in, for their own calendar link only.",
        { } p when p.StartsWith("/Debrief/", StringComparison.Ordinal) || p.StartsWith("/Attendance/", StringComparison.Ordinal) =>
            "Anyone who has the link from our e-mail. The link works only for one placement or encounter.",
        _ => "Anyone: this page holds no personal information.",
    };
}
