namespace SendCareers.Web.Guidance;

public enum GuidanceProblemKind
{
    /// <summary>A front-matter field is missing or not valid, or the file has no address.</summary>
    FrontMatter,

    /// <summary>A link to a guidance page or anchor that does not exist, or a link the engine refuses (javascript: and other schemes).</summary>
    BrokenLink,

    /// <summary>An image that does not exist, is not in content/images, or contains script.</summary>
    BrokenImage,

    /// <summary>An Easy Read sentence over 15 words, or an Easy Read list item without a picture with alt text.</summary>
    EasyRead,

    /// <summary>Style advice shown to editors; it does not fail the content test.</summary>
    Advice,
}
