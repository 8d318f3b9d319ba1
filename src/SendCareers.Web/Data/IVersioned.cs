namespace SendCareers.Web.Data;

/// <summary>A record whose edits are guarded by <see cref="GuardedChange"/>: the Version a form was shown with must still be current.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
