using System.Net.Http.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TransitOpt.Workbench.Tests.Fixtures;

namespace TransitOpt.Workbench.Tests.Views;

/// <summary>The workbench in Chromium against the real API: the map, the route planner, the scenario workbench, languages.</summary>
[Collection(WorkbenchCollection.Name)]
public sealed class WorkbenchTests(WorkbenchServer server, Chromium chromium)
{
    [Fact]
    public async Task Page_Loads_ShouldShowMapAndNetworkWithoutConsoleErrors()
    {
        await using var workbench = await WorkbenchPage.OpenAsync(chromium, server);

        await Assertions.Expect(workbench.Page.Locator("#map canvas.maplibregl-canvas")).ToBeVisibleAsync();
        await Assertions.Expect(workbench.Page.Locator("#route-form")).ToBeVisibleAsync();
        Assert.Contains(workbench.Requests, url => url.EndsWith("/api/v1/network/geojson", StringComparison.Ordinal));
        Assert.Empty(workbench.Errors);
    }

    [Fact]
    public async Task RouteSearch_KostanayToDushanbe_ShouldDrawAndListThreeAlternativesWithTimeline()
    {
        await using var workbench = await WorkbenchPage.OpenAsync(chromium, server);
        var page = workbench.Page;

        await page.GetByLabel("Origin").FillAsync("Kostanay");
        await page.GetByLabel("Destination").FillAsync("Dushanbe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find routes" }).ClickAsync();

        await Assertions.Expect(page.Locator("#route-list > li")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#map[data-routes-drawn='3']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#route-timeline canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#route-timeline")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("Border timeline: .+"));
        await Assertions.Expect(page.Locator("#route-list > li").First).ToContainTextAsync("USD");
        Assert.Contains("origin=Kostanay", page.Url, StringComparison.Ordinal);
        Assert.Empty(workbench.Errors);
        await workbench.ScreenshotAsync("routes", page.Locator("#route-timeline"));
    }

    [Theory]
    [InlineData("Dushanbeh", "Dushanbe")]
    [InlineData("Душанбе", "Dushanbe")]
    [InlineData("Худжанд", "Khujand")]
    public async Task TypeAhead_OfAMisspeltOrRussianName_ShouldSuggestTheNetworksName(string typed, string suggested)
    {
        await using var workbench = await WorkbenchPage.OpenAsync(chromium, server);
        var page = workbench.Page;

        await page.GetByLabel("Destination").FillAsync(typed);

        await Assertions.Expect(page.Locator($"#places-destination option[value='{suggested}']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task AxeScan_OfRouteResults_ShouldFindNoSeriousOrCriticalViolation()
    {
        await using var workbench = await WorkbenchPage.OpenAsync(chromium, server);
        await workbench.Page.GetByRole(AriaRole.Button, new() { Name = "Find routes" }).ClickAsync();
        await Assertions.Expect(workbench.Page.Locator("#route-list > li")).ToHaveCountAsync(3);

        Assert.Empty(SeriousViolations(await workbench.Page.RunAxe()));
    }

    [Fact]
    public async Task SharedUrl_OfARouteSearch_ShouldRestoreTheQueryAndItsRoutes()
    {
        await using var workbench = await WorkbenchPage.OpenAsync(chromium, server, "routes?origin=Almaty&destination=Khujand&kind=container&quantity=2&unit=teu&departure=2026-03-03T08%3A00&modes=rail&objective=time&avoid=");
        var page = workbench.Page;

        await Assertions.Expect(page.GetByLabel("Origin")).ToHaveValueAsync("Almaty");
        await Assertions.Expect(page.GetByLabel("Objective")).ToHaveValueAsync("time");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "road" })).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#route-list > li").First).ToBeVisibleAsync();
        Assert.Empty(workbench.Errors);
    }

    [Fact]
    public async Task Scenario_ClosingSaryagashKelesByClickingTheMap_ShouldSaveEvaluateAndShowDeltasAndHeatMap()
    {
        const string crossing = "BCP-SARYAGASH-KELES-RAIL";
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var location = await http.GetFromJsonAsync<CrossingLocation>($"/api/v1/network/crossings/{crossing}");
        await using var workbench = await WorkbenchPage.OpenAsync(chromium, server, "scenarios");
        var page = workbench.Page;

        await page.GetByLabel("Id (lower-case letters, digits, hyphens)").FillAsync("close-saryagash-keles");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Saryagash–Keles closed");
        await workbench.ClickMapAtAsync(location!.Lon, location.Lat);
        var card = page.Locator(".maplibregl-popup");
        await Assertions.Expect(card.GetByRole(AriaRole.Heading)).ToContainTextAsync("Saryagash");
        await Assertions.Expect(card).ToContainTextAsync("Hours (local time)");
        await Assertions.Expect(card).ToContainTextAsync("full customs clearance");
        await Assertions.Expect(card).ToContainTextAsync("months 1, 10, 11, 12: 36.0 / 120.0 · 8.0 / 24.0");
        await card.GetByRole(AriaRole.Button, new() { Name = "Close this crossing" }).ClickAsync();
        await Assertions.Expect(page.Locator("#scenario-changes")).ToContainTextAsync(crossing);

        await page.GetByLabel("API key (X-Api-Key, needed for saving, evaluations and plans)").FillAsync(WorkbenchServer.ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save scenario" }).ClickAsync();
        await Assertions.Expect(page.Locator("#scenario-status")).ToHaveTextAsync("Saved, version 1.");
        var saved = await http.GetFromJsonAsync<SavedScenario>("/api/v1/scenarios/close-saryagash-keles");
        Assert.Equal(crossing, Assert.Single(saved!.Changes).Target);

        await page.GetByRole(AriaRole.Button, new() { Name = "Evaluate against the baseline" }).ClickAsync();
        await Assertions.Expect(page.Locator("#scenario-kpis tbody tr")).ToHaveCountAsync(6, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#scenario-kpis")).ToContainTextAsync("+");
        await Assertions.Expect(page.Locator("#heat-baseline canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#heat-scenario canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#scenario-changed")).Not.ToHaveTextAsync("Shipments routed differently: 0");
        await Assertions.Expect(page.Locator("#map")).ToHaveAttributeAsync("data-volumes", new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"));
        Assert.Contains(workbench.Requests, url => url.Contains("/api/v1/plans/", StringComparison.Ordinal) && url.Contains("waitSeconds=", StringComparison.Ordinal));
        Assert.Empty(workbench.Errors);
        Assert.Empty(workbench.ForeignRequests());
        await page.EvaluateAsync("() => new Promise((done) => { window.workbenchMap.once('idle', () => done(true)); window.workbenchMap.jumpTo({ center: [68.5, 41.5], zoom: 6 }); })");
        await workbench.ScreenshotAsync("scenarios", page.Locator("#heat-baseline"));
    }

    [Fact]
    public async Task Plan_SmallExampleAsJob_ShouldShowCostAgainstBaselineAndUtilisation()
    {
        await using var workbench = await WorkbenchPage.OpenAsync(chromium, server, "plans");
        var page = workbench.Page;

        await page.GetByLabel("Demand set").SelectOptionAsync("small-example");
        await page.GetByLabel("API key (X-Api-Key, needed for saving, evaluations and plans)").FillAsync(WorkbenchServer.ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan this demand" }).ClickAsync();

        await Assertions.Expect(page.Locator("#plan-kpis")).ToContainTextAsync("Greedy baseline, USD", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#plan-heat canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#map")).ToHaveAttributeAsync("data-volumes", new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"));
        Assert.Contains(workbench.Requests, url => url.Contains("/api/v1/plans/", StringComparison.Ordinal) && url.Contains("waitSeconds=", StringComparison.Ordinal));
        Assert.Empty(workbench.Errors);
        Assert.Empty(workbench.ForeignRequests());
        await workbench.ScreenshotAsync("plans", page.Locator("#plan-heat"));
    }

    [Fact]
    public async Task Scenario_ScalingACapacityChosenFromTheList_ShouldBeSavedAsItsChange()
    {
        await using var workbench = await WorkbenchPage.OpenAsync(chromium, server, "scenarios");
        var page = workbench.Page;

        await page.GetByLabel("Id (lower-case letters, digits, hyphens)").FillAsync("dostyk-doubled");
        await page.GetByLabel("Or choose a crossing from the list").SelectOptionAsync("BCP-DOSTYK-ALASHANKOU-RAIL");
        await page.GetByLabel("Scale capacity ×").FillAsync("2");
        await page.Locator("#scenario-crossing-actions [data-op='scaleCapacity']").ClickAsync();
        await page.GetByLabel("API key (X-Api-Key, needed for saving, evaluations and plans)").FillAsync(WorkbenchServer.ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save scenario" }).ClickAsync();

        await Assertions.Expect(page.Locator("#scenario-status")).ToHaveTextAsync("Saved, version 1.");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var saved = await http.GetFromJsonAsync<SavedScenario>("/api/v1/scenarios/dostyk-doubled");
        var change = Assert.Single(saved!.Changes);
        Assert.Equal(("scaleCapacity", "BCP-DOSTYK-ALASHANKOU-RAIL", 2.0), (change.Op, change.Target, change.Factor));
        Assert.Empty(workbench.Errors);
    }

    [Fact]
    public async Task LanguageSwitch_ToRussian_ShouldChangeTheLabelsOfFormResultsAndCharts()
    {
        await using var workbench = await WorkbenchPage.OpenAsync(chromium, server);
        var page = workbench.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Find routes" }).ClickAsync();
        await Assertions.Expect(page.Locator("#route-list > li")).ToHaveCountAsync(3);

        await page.GetByLabel("Language").SelectOptionAsync("ru");

        await Assertions.Expect(page.Locator("#route-list > li").First).ToContainTextAsync("Прибытие");
        await Assertions.Expect(page.Locator("#route-timeline")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Хронология пересечения границ: "));
        await Assertions.Expect(page.Locator("#legend")).ToContainTextAsync("Железная дорога");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Рабочее место TransitOpt");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Найти маршруты" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Откуда")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await page.GetByLabel("Язык").SelectOptionAsync("en");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Find routes" })).ToBeVisibleAsync();
        Assert.Empty(workbench.Errors);
    }

    [Fact]
    public async Task EveryRequest_OfARouteSearchAndTheScenarioView_ShouldGoToThePagesOwnOrigin()
    {
        await using var workbench = await WorkbenchPage.OpenAsync(chromium, server);
        var page = workbench.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Find routes" }).ClickAsync();
        await Assertions.Expect(page.Locator("#route-list > li")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Scenarios" }).ClickAsync();
        await Assertions.Expect(page.Locator("#scenario-form")).ToBeVisibleAsync();

        Assert.Contains(workbench.Requests, url => url.EndsWith("/app.js", StringComparison.Ordinal));
        Assert.Contains(workbench.Requests, url => url.EndsWith("/api/v1/routes", StringComparison.Ordinal));
        Assert.Empty(workbench.ForeignRequests());
    }

    [Theory]
    [InlineData("routes")]
    [InlineData("scenarios")]
    [InlineData("plans")]
    public async Task AxeScan_OfEachView_ShouldFindNoSeriousOrCriticalViolation(string view)
    {
        await using var workbench = await WorkbenchPage.OpenAsync(chromium, server, view);

        var result = await workbench.Page.RunAxe();

        Assert.Empty(SeriousViolations(result));
    }

    private static IEnumerable<string> SeriousViolations(Deque.AxeCore.Commons.AxeResult result) =>
        result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))})");

    private sealed record CrossingLocation(string Id, double Lon, double Lat);

    private sealed record SavedScenario(string Id, int Version, List<SavedChange> Changes);

    private sealed record SavedChange(string Op, string? Target, double? Factor);
}
