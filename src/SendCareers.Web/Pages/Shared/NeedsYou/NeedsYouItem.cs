namespace SendCareers.Web.Pages.Shared.NeedsYou;

/// <summary>One thing waiting for the signed-in person: how many, what (singular and plural), and where to act.</summary>
public sealed record NeedsYouItem(string Id, int Count, string One, string Many, string Href)
{
    public string Text => Count == 1 ? One : Many;

    /// <summary>The items worth showing: a zero count says nothing.</summary>
    public static IReadOnlyList<NeedsYouItem> Waiting(params NeedsYouItem[] items) => items.Where(i => i.Count > 0).ToList();
}
