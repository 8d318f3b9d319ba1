namespace SendCareers.Web.Data.Entities;

/// <summary>A young person's answer to "Would you like to go again?" in their Easy Read debrief.</summary>
public enum GoAgainAnswer
{
    Yes = 1,
    No,
    NotSure,
}
