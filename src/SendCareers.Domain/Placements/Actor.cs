namespace SendCareers.Domain.Placements;

/// <summary>Who is acting: a role and the web layer's id for the person (or "system").</summary>
public sealed record Actor(ActorRole Role, string Id)
{
    public static Actor System { get; } = new(ActorRole.System, "system");
}
