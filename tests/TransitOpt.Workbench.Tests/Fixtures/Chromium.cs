using Microsoft.Playwright;

namespace TransitOpt.Workbench.Tests.Fixtures;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by the README's test command) driven by Playwright, headless,
/// with WebGL from SwiftShader so MapLibre draws without a GPU. Playwright's own browser downloads are never used.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run the README's test command (it installs Debian's chromium) or apt-get install -y chromium.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
