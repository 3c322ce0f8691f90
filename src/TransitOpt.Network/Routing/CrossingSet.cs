using System.Globalization;
using System.Text;

namespace TransitOpt.Network.Routing;

/// <summary>
/// A set of border crossings by their index in <see cref="TransitNetwork.Crossings"/>, as bits: what a restricted
/// search forbids. Immutable; union, subset and membership cost a few machine words, not a hash per crossing.
/// </summary>
internal sealed class CrossingSet
{
    private readonly ulong[] _bits;
    private string? _key;

    private CrossingSet(ulong[] bits) => _bits = bits;

    /// <summary>No crossing.</summary>
    public static CrossingSet None { get; } = new([]);

    /// <summary>The crossings with these indices.</summary>
    public static CrossingSet Of(IEnumerable<int> indices)
    {
        var list = indices.ToList();
        var bits = new ulong[list.Count == 0 ? 0 : (list.Max() / 64) + 1];
        foreach (var index in list)
        {
            bits[index / 64] |= 1UL << (index % 64);
        }

        return new CrossingSet(bits);
    }

    /// <summary>True when the crossing with this index is in the set.</summary>
    public bool Contains(int index) => index / 64 < _bits.Length && (_bits[index / 64] & (1UL << (index % 64))) != 0;

    /// <summary>The crossings of both sets.</summary>
    public CrossingSet Union(CrossingSet other)
    {
        var (longer, shorter) = _bits.Length >= other._bits.Length ? (_bits, other._bits) : (other._bits, _bits);
        var bits = (ulong[])longer.Clone();
        for (var i = 0; i < shorter.Length; i++)
        {
            bits[i] |= shorter[i];
        }

        return new CrossingSet(bits);
    }

    /// <summary>True when every crossing of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(CrossingSet other)
    {
        for (var i = 0; i < _bits.Length; i++)
        {
            if ((_bits[i] & ~(i < other._bits.Length ? other._bits[i] : 0)) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when some crossing is in both sets.</summary>
    public bool Overlaps(CrossingSet other)
    {
        for (var i = 0; i < Math.Min(_bits.Length, other._bits.Length); i++)
        {
            if ((_bits[i] & other._bits[i]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A text equal for equal sets (to remember which restrictions were tried), made once.</summary>
    public string Key => _key ??= Text();

    private string Text()
    {
        var length = _bits.Length;
        while (length > 0 && _bits[length - 1] == 0)
        {
            length--;
        }

        var key = new StringBuilder(length * 16);
        for (var i = 0; i < length; i++)
        {
            key.Append(_bits[i].ToString("x16", CultureInfo.InvariantCulture));
        }

        return key.ToString();
    }
}
