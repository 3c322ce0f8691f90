using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace TransitOpt.Workbench.Tests.Fixtures;

/// <summary>
/// A fresh browser page on the workbench that records every console error, uncaught exception and network request,
/// so a test can assert that the page stayed clean and never left its own origin.
/// </summary>
public sealed class WorkbenchPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly Uri _origin;

    private WorkbenchPage(IBrowserContext context, IPage page, Uri origin)
    {
        _context = context;
        _origin = origin;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => Errors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Errors.Add($"{response.Status} {response.Url}");
            }
        };
        page.Request += (_, request) => Requests.Add(request.Url);
    }

    public IPage Page { get; }

    public ConcurrentBag<string> Errors { get; } = [];

    public ConcurrentBag<string> Requests { get; } = [];

    /// <summary>Opens the workbench at a hash (e.g. <c>scenarios</c>) and waits until the map and the network are loaded.</summary>
    public static async Task<WorkbenchPage> OpenAsync(Chromium chromium, WorkbenchServer server, string hash = "")
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var workbench = new WorkbenchPage(context, await context.NewPageAsync(), server.BaseAddress);
        await workbench.Page.GotoAsync(new Uri(server.BaseAddress, "/#" + hash).ToString());
        await workbench.Page.Locator("body[data-ready='true']").WaitForAsync();
        return workbench;
    }

    /// <summary>Requests that went anywhere but the page's own origin (blob: URLs the page made itself count as its own).</summary>
    public IReadOnlyList<string> ForeignRequests()
    {
        var origin = _origin.GetLeftPart(UriPartial.Authority) + "/";
        return [.. Requests.Where(url => !url.StartsWith(origin, StringComparison.Ordinal) && !url.StartsWith("blob:" + origin, StringComparison.Ordinal))];
    }

    /// <summary>Clicks the map where a longitude and latitude are drawn, after centring the map there at a zoom that separates neighbours.</summary>
    public async Task ClickMapAtAsync(double lon, double lat)
    {
        await Page.EvaluateAsync("([lon, lat]) => new Promise((done) => { window.workbenchMap.once('idle', () => done(true)); window.workbenchMap.jumpTo({ center: [lon, lat], zoom: 9 }); })", new[] { lon, lat });
        var point = await Page.EvaluateAsync<double[]>("([lon, lat]) => { const p = window.workbenchMap.project([lon, lat]); return [p.x, p.y]; }", new[] { lon, lat });
        await Page.Locator("#map canvas").ClickAsync(new LocatorClickOptions { Position = new Position { X = (float)point[0], Y = (float)point[1] } });
    }

    /// <summary>Scrolls the panel to show a part, then saves the page as workbench-NAME.png in the folder WORKBENCH_SCREENSHOTS names (tools/screenshots.sh sets docs/), else does nothing.</summary>
    public async Task ScreenshotAsync(string name, ILocator show)
    {
        if (Environment.GetEnvironmentVariable("WORKBENCH_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await show.ScrollIntoViewIfNeededAsync();
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"workbench-{name}.png") });
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
