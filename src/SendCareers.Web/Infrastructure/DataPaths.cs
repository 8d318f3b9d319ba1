namespace SendCareers.Web;

/// <summary>Where the app keeps its files: the SQLite database and the mail pickup folder.</summary>
public sealed class DataPaths
{
    public DataPaths(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string DatabaseFile => Path.Combine(Root, "sendcareers.db");

    public string MailFolder => Path.Combine(Root, "mail");
}
