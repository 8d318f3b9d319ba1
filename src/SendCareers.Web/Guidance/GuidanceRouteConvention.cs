using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace SendCareers.Web.Guidance;

/// <summary>
/// The addresses of the two guidance pages. Each serves several sections, so the routes are listed
/// here rather than in a single @page directive; the page works out the section from the path.
/// </summary>
internal sealed class GuidanceRouteConvention : IPageRouteModelConvention
{
    private static readonly Dictionary<string, string[]> Routes = new(StringComparer.Ordinal)
    {
        ["/Guidance/Section"] = ["employers/tips", "families", "families/easy-read", "schools"],
        ["/Guidance/Article"] = ["employers/tips/{slug}", "families/{slug}", "families/easy-read/{slug}", "schools/{slug}", "glossary"],
    };

    public void Apply(PageRouteModel model)
    {
        if (!Routes.TryGetValue(model.ViewEnginePath, out var templates))
        {
            return;
        }

        model.Selectors.Clear();
        foreach (var template in templates)
        {
            model.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = template } });
        }
    }
}
