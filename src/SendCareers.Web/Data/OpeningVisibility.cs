using System.Linq.Expressions;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data;

/// <summary>
/// The one rule for which openings job coaches see: those of employers the hub has approved. An
/// organisation still waiting for approval (or declined) keeps its openings as drafts that only its own
/// contacts see: they are left out of coaches' lists and pages, matching, ranking, proposals and the
/// cohort allocation, whatever status the employer gave them. Every query of openings for coaches
/// starts from <see cref="VisibleToCoaches"/>.
/// </summary>
public static class OpeningVisibility
{
    public static readonly Expression<Func<Opening, bool>> ToCoaches = o => o.Employer!.Status == EmployerStatus.Approved;

    public static IQueryable<Opening> VisibleToCoaches(this IQueryable<Opening> openings) => openings.Where(ToCoaches);

    /// <summary>Shown to an employer contact whose organisation is not approved yet.</summary>
    public const string AwaitingApprovalMessage =
        "Job coaches will see your openings once the hub has approved your organisation. Until then they are drafts that only you can see.";
}
