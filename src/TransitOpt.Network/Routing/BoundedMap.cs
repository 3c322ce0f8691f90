using System.Collections.Concurrent;

namespace TransitOpt.Network.Routing;

/// <summary>
/// A thread-safe map that stops taking entries at <paramref name="max"/>; its count is kept alongside, so asking for room
/// does not lock the whole map as <see cref="ConcurrentDictionary{TKey, TValue}.Count"/> does.
/// </summary>
internal sealed class BoundedMap<TKey, TValue>(int max)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();
    private int _count;

    /// <summary>The most entries kept.</summary>
    public int Max => max;

    /// <summary>Entries kept now (at most <see cref="Max"/>).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>True while fewer than <see cref="Max"/> entries are kept.</summary>
    public bool HasRoom => Count < max;

    public bool TryGet(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/> while there is room; returns the value kept (an earlier one for the key) or, when full, <paramref name="value"/>.</summary>
    public TValue Keep(TKey key, TValue value)
    {
        if (Interlocked.Increment(ref _count) > max)
        {
            Interlocked.Decrement(ref _count);
            return TryGet(key, out var earlier) ? earlier : value;
        }

        if (_entries.TryAdd(key, value))
        {
            return value;
        }

        Interlocked.Decrement(ref _count);
        return _entries[key];
    }
}
