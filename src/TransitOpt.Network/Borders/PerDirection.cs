namespace TransitOpt.Network;

/// <summary>A figure of a border crossing that differs by direction.</summary>
/// <typeparam name="T">The figure's type.</typeparam>
/// <param name="AToB">From side A to side B.</param>
/// <param name="BToA">From side B to side A.</param>
public readonly record struct PerDirection<T>(T AToB, T BToA)
{
    /// <summary>The figure for crossing from side A when <paramref name="fromSideA"/> is true, else from side B.</summary>
    public T From(bool fromSideA) => fromSideA ? AToB : BToA;
}
