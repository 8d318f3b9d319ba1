using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.YoungPeople;

/// <summary>Uploads files through the import pages as a browser would, and builds files shaped like MIS exports.</summary>
public static class ImportWorld
{
    public const string Header = "UPN,Legal Surname,Legal Forename,Preferred Forename,DOB,Year,SEN Status,Postcode";

    public static string Upn(int serial) => UniquePupilNumber.Make("38340011" + serial.ToString("0000", System.Globalization.CultureInfo.InvariantCulture));

    public static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    /// <summary>A SIMS-like export of <paramref name="count"/> pupils aged 13 to 17, each with a valid UPN.</summary>
    public static byte[] School(int count, int firstSerial = 1)
    {
        var lines = new List<string> { Header };
        string[] firsts = ["Alfie", "Zoë", "Siân", "Mohammed", "Olivia", "Noah", "Amelia", "Oliver", "Isla", "Jack", "Freya", "Leo"];
        string[] surnames = ["Smith", "Jones", "O'Neill", "Khan", "Evans", "Nowak", "Patel", "Brown", "Wilson", "Taylor", "Davies", "Hughes"];
        for (var i = 0; i < count; i++)
        {
            var dob = new DateOnly(2009, 9, 1).AddDays(i * 1461 / Math.Max(count, 1) % 1461);
            lines.Add($"{Upn(firstSerial + i)},{surnames[i % surnames.Length]}-{Letters(i)},{firsts[i % firsts.Length]},,{dob:dd/MM/yyyy},Year 11,{(i % 3 == 0 ? "E" : "K")},LS7 3QB");
        }

        return Utf8([.. lines]);
    }

    /// <summary>0 is "Aa", 1 "Ab" and so on: names may not hold digits.</summary>
    public static string Letters(int n)
    {
        var text = "";
        do
        {
            text = (char)('a' + (n % 26)) + text;
            n /= 26;
        }
        while (n > 0);
        return "A" + text;
    }

    public static async Task<FormClient.PageResult> UploadAsync(FormClient client, string fileName, byte[] bytes, string? schoolId = null, string contentType = "text/csv")
    {
        var page = await client.GetAsync("/coach/young-people/import");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var form = page.FindForm(null)!;
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in FormClient.ValuesOf(form, schoolId is null ? null : ["SchoolId"]))
        {
            content.Add(new StringContent(value), name);
        }

        if (schoolId is not null)
        {
            content.Add(new StringContent(schoolId), "SchoolId");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new(contentType);
        content.Add(file, "Upload", fileName);
        using var response = await client.Http.PostAsync("/coach/young-people/import", content);
        return await FormClient.PageResult.ReadAsync(response);
    }

    /// <summary>Uploads, keeps the columns the page chose, and returns the preview's address.</summary>
    public static async Task<string> UploadToPreviewAsync(SendCareersApp app, FormClient client, string fileName, byte[] bytes, string? schoolId = null)
    {
        var uploaded = await UploadAsync(client, fileName, bytes, schoolId);
        Assert.True(uploaded.Status == HttpStatusCode.Redirect, $"{(int)uploaded.Status} {string.Join("; ", uploaded.ErrorSummary)} {string.Join("\n", app.Errors.Entries)}");
        var columns = await client.SubmitAsync(uploaded.Location!, new Dictionary<string, object?>());
        Assert.True(columns.Status == HttpStatusCode.Redirect, $"{(int)columns.Status} {string.Join("; ", columns.ErrorSummary)}");
        return columns.Location!;
    }

    public static async Task<string> ConfirmAsync(FormClient client, string previewUrl)
    {
        var confirmed = await client.SubmitAsync(previewUrl, new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        return confirmed.Location!;
    }

    /// <summary>Each row's outcome in the preview, by row number, with the words beside it.</summary>
    public static Dictionary<int, (string Outcome, string Details)> Outcomes(FormClient.PageResult preview) =>
        preview.Document.QuerySelectorAll("[data-testid=rows] tr[data-row]").ToDictionary(
            tr => int.Parse(tr.GetAttribute("data-row")!, System.Globalization.CultureInfo.InvariantCulture),
            tr => (tr.GetAttribute("data-outcome")!, tr.QuerySelector("[data-testid=details]")?.TextContent.Trim() ?? ""));

    public static Task<int> SchoolOfAsync(SendCareersApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.SchoolId!.Value).SingleAsync());
}
