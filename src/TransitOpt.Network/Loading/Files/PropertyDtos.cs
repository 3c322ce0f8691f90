namespace TransitOpt.Network.Loading.Files;

/// <summary>Properties of a place feature.</summary>
internal sealed record PlaceProperties(
    string? Id, string? Name, List<string>? AltNames, string? Kind, string? Country, string? Source);

/// <summary>Properties of a link feature.</summary>
internal sealed record LinkProperties(
    string? Id,
    string? Mode,
    string? From,
    string? To,
    string? Name,
    double? LengthKm,
    double? SpeedKmh,
    double? CapacityPerDay,
    string? Status,
    List<int>? ClosedMonths,
    int? GaugeMm,
    int? Tracks,
    bool? Electrified,
    double? MaxGrossTonnes,
    string? Crossing,
    double? UsdPerVehicleKm,
    List<string>? BannedCargo,
    List<PeriodDto>? ClosedPeriods,
    string? ClosureSource,
    WinterDto? Winter,
    string? LengthNote,
    string? TariffSection,
    string? Source);

/// <summary>A mountain link's winter slowdown.</summary>
internal sealed record WinterDto(List<int>? Months, double? SpeedFactor, string? Source);

/// <summary>Properties of a border crossing feature.</summary>
internal sealed record CrossingProperties(
    string? Id,
    string? Name,
    string? Mode,
    List<string>? Countries,
    SideDto? SideA,
    SideDto? SideB,
    string? Status,
    string? Admission,
    string? Corridor,
    DirectionDto? CapacityPerDay,
    DirectionDto? DwellHours,
    DirectionDto? FeeUsd,
    HoursDto? Hours,
    List<int>? ClosedMonths,
    List<PeriodDto>? ClosedPeriods,
    string? ClosureSource,
    List<DelaySeasonDto>? Delays,
    string? Customs,
    bool? GaugeChange,
    string? Source,
    string? Notes);

/// <summary>A sourced border delay distribution for some months.</summary>
internal sealed record DelaySeasonDto(List<int>? Months, QuantilesDto? AToB, QuantilesDto? BToA, string? Source);

/// <summary>The median and 90th percentile of a delay, hours.</summary>
internal sealed record QuantilesDto(double? P50, double? P90);

/// <summary>One side of a crossing.</summary>
internal sealed record SideDto(string? Country, string? Name, string? Place);

/// <summary>A figure per direction.</summary>
internal sealed record DirectionDto(double? AToB, double? BToA);

/// <summary>Opening hours.</summary>
internal sealed record HoursDto(string? UtcOffset, string? Open, string? Close, List<string>? Days);

/// <summary><c>countries.json</c>.</summary>
internal sealed record CountriesFile(List<CountryDto?>? Countries);

/// <summary>A row of <c>countries.json</c>.</summary>
internal sealed record CountryDto(
    string? Code, string? Name, string? UtcOffset, string? CustomsUnion, List<string>? Neighbours, string? Source);

/// <summary><c>terminals.json</c>.</summary>
internal sealed record TerminalsFile(List<TerminalDto?>? Terminals);

/// <summary>A row of <c>terminals.json</c>.</summary>
internal sealed record TerminalDto(
    string? Id,
    string? Place,
    string? Name,
    string? Kind,
    double? HandlingHours,
    double? HandlingUsdPerVehicle,
    double? CapacityPerDay,
    bool? GaugeChange,
    double? UnloadingWagonsPerDay,
    string? Source);

/// <summary><c>tariffs.json</c>.</summary>
internal sealed record TariffsFile(
    Dictionary<string, VehicleDto>? Vehicles,
    RailOperationsDto? RailOperations,
    List<TariffDto?>? Tariffs,
    List<EmissionFactorDto?>? EmissionFactors,
    List<CommodityDto?>? Commodities,
    List<RailTariffDto?>? RailTariffs,
    WagonProvisionDto? WagonProvision,
    List<RoadEmptyReturnDto?>? RoadEmptyReturn);

/// <summary>How a commodity travels by rail.</summary>
internal sealed record CommodityDto(string? Commodity, string? EtsngGroup, int? TariffClass, string? Wagon, double? PayloadTonnes, string? Source);

/// <summary>A rail tariff row.</summary>
internal sealed record RailTariffDto(
    string? Country,
    string? Section,
    string? Traffic,
    string? OdCountry,
    int? TariffClass,
    string? Commodity,
    string? DestinationSection,
    double? UsdPerWagonKm,
    double? FixedUsdPerWagon,
    string? Source);

/// <summary>Wagon provision.</summary>
internal sealed record WagonProvisionDto(Dictionary<string, double>? UsdPerWagonDay, double? EmptyReturnDaysPerLoadedDay, double? EmptyReturnTariffFactor, double? TerminalDays, string? Source);

/// <summary>The share of a truck's empty return priced into trips to a country with few return loads.</summary>
internal sealed record RoadEmptyReturnDto(string? DestinationCountry, double? Share, string? Source);

/// <summary>Rail operating figures.</summary>
internal sealed record RailOperationsDto(double? WagonloadYardHoursPer100Km, double? BlockTrainWagons, string? Source, List<CountryRailOperationsDto?>? Countries);

/// <summary>A railway's operating figures.</summary>
internal sealed record CountryRailOperationsDto(string? Country, double? BlockTrainKmPerDay, double? SingleTrackBlockTrainKmPerDay, double? WagonloadYardHoursPer100Km, string? Source);

/// <summary>A standard vehicle.</summary>
internal sealed record VehicleDto(string? Name, double? PayloadTonnes, double? Teu);

/// <summary>A row of the tariff table.</summary>
internal sealed record TariffDto(string? Country, string? Mode, double? UsdPerVehicleKm, string? Source);

/// <summary>A row of the emission factor table.</summary>
internal sealed record EmissionFactorDto(string? Mode, string? Traction, string? Country, double? GramsCo2ePerTonneKm, string? Source);

/// <summary>A closure period: first and last day (ISO dates), why, and the source.</summary>
internal sealed record PeriodDto(DateOnly? From, DateOnly? To, string? Reason, string? Source);
