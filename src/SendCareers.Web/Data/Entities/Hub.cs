namespace SendCareers.Web.Data.Entities;

/// <summary>The SEND Careers Hub this installation serves: its name appears in the header of every page.</summary>
public class Hub
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Contact e-mail for the hub team, shown in e-mails and on guidance pages.</summary>
    public string ContactEmail { get; set; } = "";

    public List<School> Schools { get; set; } = [];
}
