namespace SendCareers.Domain.Ndti;

/// <summary>
/// A recorded change to a young person's EHCP or setting, true from <see cref="From"/>. A part that did not
/// change is null. The "before" values are what the change replaced: null when the young person was first
/// added, because nothing was recorded before that.
/// </summary>
public sealed record NdtiStatusChange(DateOnly From, bool? HasEhcp, bool? AtCollege, bool? HadEhcpBefore = null, bool? WasAtCollegeBefore = null);
