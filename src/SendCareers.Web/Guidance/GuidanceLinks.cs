namespace SendCareers.Web.Guidance;

/// <summary>Breadcrumbs and the link to the other version of a page, shared by the guidance pages.</summary>
public static class GuidanceLinks
{
    /// <summary>The pages above this one, from Home down; GOV.UK breadcrumbs leave out the current page.</summary>
    public static IReadOnlyList<NavigationItem> BreadcrumbsFor(GuidanceLibrary library, GuidanceSection section, bool isLandingPage)
    {
        var crumbs = new List<NavigationItem> { new("Home", "/") };
        if (section == GuidanceSection.EasyRead)
        {
            crumbs.Add(Crumb(library, GuidanceSection.Families));
        }

        if (!isLandingPage && section != GuidanceSection.Glossary)
        {
            crumbs.Add(Crumb(library, section));
        }

        return crumbs;
    }

    public static string SectionTitle(GuidanceLibrary library, GuidanceSection section) =>
        library.Find(section, null)?.Title ?? GuidanceAddress.DefaultTitleOf(section);

    /// <summary>
    /// The Easy Read or standard version of a page, when it exists. Family and Easy Read landing
    /// pages point at each other even when their front matter does not say so.
    /// </summary>
    public static NavigationItem? OtherVersion(GuidanceLibrary library, GuidancePage? page, GuidanceSection section)
    {
        var url = page?.OtherVersionUrl ?? (page?.IsLandingPage ?? true
            ? section switch
            {
                GuidanceSection.Families => GuidanceAddress.UrlOf(GuidanceSection.EasyRead),
                GuidanceSection.EasyRead => GuidanceAddress.UrlOf(GuidanceSection.Families),
                _ => null,
            }
            : null);
        if (url is null || library.FindByUrl(url) is null)
        {
            return null;
        }

        return section == GuidanceSection.EasyRead
            ? new NavigationItem("Read the standard version of this page", url)
            : new NavigationItem("Read this page in Easy Read", url);
    }

    private static NavigationItem Crumb(GuidanceLibrary library, GuidanceSection section) =>
        new(SectionTitle(library, section), GuidanceAddress.UrlOf(section));
}
