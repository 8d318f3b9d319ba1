namespace SendCareers.Web.Pages.Debrief;

/// <summary>The ids the error summary links to ("FoundHard" becomes "found-hard"), as for every other field.</summary>
public static class EasyReadIds
{
    public static string Of(string name) => TagHelpers.FieldContext.IdFromName(name);
}
