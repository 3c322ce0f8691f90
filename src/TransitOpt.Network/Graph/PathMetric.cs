namespace TransitOpt.Network.Graph;

/// <summary>What a plain shortest-path search minimises.</summary>
public enum PathMetric
{
    /// <summary>Kilometres along the network.</summary>
    Distance,

    /// <summary>Hours: running time at typical speed, border dwell and terminal handling (no timetables or waiting).</summary>
    Time,
}
