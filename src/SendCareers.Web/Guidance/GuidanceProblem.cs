namespace SendCareers.Web.Guidance;

/// <summary>Something an editor should fix in one content file.</summary>
public sealed record GuidanceProblem(GuidanceProblemKind Kind, string Message)
{
    /// <summary>Advice is shown to editors; every other kind fails the content test.</summary>
    public bool IsError => Kind != GuidanceProblemKind.Advice;

    public override string ToString() => $"{Kind}: {Message}";
}
