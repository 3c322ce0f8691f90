namespace TransitOpt.Network;

/// <summary>Calendar days from <paramref name="From"/> to <paramref name="To"/>, both included.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    /// <summary>True when <paramref name="day"/> falls in the range.</summary>
    public bool Contains(DateOnly day) => day >= From && day <= To;
}
