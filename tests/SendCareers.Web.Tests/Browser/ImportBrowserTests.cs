using Microsoft.Playwright;
using SendCareers.Web.Tests.Support;
using SendCareers.Web.Tests.YoungPeople;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// A job coach imports their school's export by keyboard: upload (a mistake first), columns, preview,
/// confirm, the result with undo; in Chromium at 320 and 1280 px with axe on every page. At 1280 px a
/// 50 MB file is answered on the form, not with a broken connection or a bare error.
/// </summary>
public sealed class ImportBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly SendCareersApp _app = new SendCareersApp().Set("Database:Provider", "Sqlite");
    private string _baseUrl = "";

    public ValueTask InitializeAsync()
    {
        _baseUrl = _app.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static async Task PressAsync(ILocator target)
    {
        await target.FocusAsync();
        await target.Page.Keyboard.PressAsync("Enter");
        await target.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Coach_ImportsAFile_ByKeyboard(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("coach@sendcareers.test");
        await page.GotoAsync("/coach/young-people");
        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Import from your records system" }));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Import young people");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"import-upload-{width}");

        // Nothing chosen: the message is beside the field and in the summary, which takes focus.
        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Upload and continue" }));
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a CSV file");
        await Assertions.Expect(page.Locator("#upload-error")).ToContainTextAsync("Select a CSV file");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"import-upload-error-{width}");

        var file = ImportWorld.Utf8(
            ImportWorld.Header,
            $"{ImportWorld.Upn(1)},Évans,Zoë,,14/02/2011,Year 10,E,LS9 7TF",
            $"{ImportWorld.Upn(2)},Jones,Siân,Sia,03/04/2011,Year 10,K,",
            $"A{ImportWorld.Upn(3)[1..]},Green,Tia,,01/01/2011,Year 10,,",
            ",Brown,Kai,,,Year 9,,");
        await page.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "sims-export.csv", MimeType = "text/csv", Buffer = file });
        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Upload and continue" }));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Choose the columns");
        await Assertions.Expect(page.GetByLabel("Legal surname")).ToHaveValueAsync("Legal Surname");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"import-columns-{width}");

        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue to preview" }));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check the import");
        await Assertions.Expect(page.GetByTestId("counts")).ToContainTextAsync("2 new young people added");
        await Assertions.Expect(page.Locator("tr[data-row='4']")).ToContainTextAsync("UPN check letter does not match the digits");
        await Assertions.Expect(page.Locator("tr[data-row='4']")).ToContainTextAsync("Tia Green"); // a refused row still shows who it is
        await Assertions.Expect(page.Locator("tr[data-row='5']")).ToContainTextAsync("Date of birth is missing");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"import-preview-{width}");

        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Confirm and save 2 young people" }));
        await Assertions.Expect(page.GetByTestId("result")).ToContainTextAsync("2 added, 0 updated");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"import-result-{width}");

        await PressAsync(page.GetByRole(AriaRole.Button, new() { Name = "Undo this import" }));
        await Assertions.Expect(page.GetByTestId("result")).ToContainTextAsync("2 young people removed");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"import-undone-{width}");

        await page.GotoAsync("/coach/young-people/import");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Recent imports" })).ToContainTextAsync("Undone");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"import-recent-{width}");

        if (width == 1280)
        {
            // From a file on disk: Chromium reads it itself, rather than 50 MB passing through Playwright.
            var huge = Path.Combine(_app.DataFolder, "everything.csv");
            await using (var stream = File.Create(huge))
            {
                stream.SetLength(50L * 1024 * 1024);
            }

            await page.Locator("#upload").SetInputFilesAsync(huge, new() { Timeout = 120_000 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and continue" }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**/coach/young-people/import?problem=too-large", new() { Timeout = 120_000 });
            await Assertions.Expect(page.Locator("#upload-error")).ToContainTextAsync("The selected file must be smaller than 5 MB");
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The selected file must be smaller than 5 MB");
            await page.AssertNoAxeViolationsAsync();
            await page.ScreenshotAsync("import-too-large-1280");
        }
    }
}
