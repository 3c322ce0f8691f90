namespace TransitOpt.Workbench.Tests.Fixtures;

/// <summary>One API and one browser for every workbench test; each test opens its own page.</summary>
[CollectionDefinition(Name)]
public sealed class WorkbenchCollection : ICollectionFixture<WorkbenchServer>, ICollectionFixture<Chromium>
{
    public const string Name = "workbench";
}
