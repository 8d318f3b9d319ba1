using System.Runtime.CompilerServices;

namespace SendCareers.Web.Tests.Support;

/// <summary>Settings for the whole test process (and the app processes it starts), applied before any test runs.</summary>
internal static class TestProcessSettings
{
    [ModuleInitializer]
    internal static void Apply()
    {
        // Every app a test starts watches files with inotify: its settings files, and each file the
        // layout versions with asp-append-version (measured: one inotify instance per app after its
        // first page, still held after the app is disposed). Hundreds of apps in one run reached the
        // per-user limit of 128 on a fresh machine and the next app failed to start (CI run of
        // e1c1df6). Tests never edit these files while running, so poll instead, and do not watch
        // the settings at all.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
