namespace TransitOpt.Network.Graph;

/// <summary>
/// A binary min-heap of (key, id) pairs with lazy deletion: an id may be pushed again with a smaller key and the stale
/// entry is skipped by the caller when popped. Equal keys pop in order of id, so searches are deterministic. Its array
/// grows once and is reused, so a search allocates nothing per edge.
/// </summary>
internal sealed class MinHeap(int capacity)
{
    private (double Key, int Id)[] _items = new (double, int)[Math.Max(16, capacity)];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Push(double key, int id)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (Before(_items[parent], (key, id)))
            {
                break;
            }

            _items[i] = _items[parent];
            i = parent;
        }

        _items[i] = (key, id);
    }

    public (double Key, int Id) Pop()
    {
        var top = _items[0];
        var last = _items[--Count];
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && Before(_items[child + 1], _items[child]))
            {
                child++;
            }

            if (Before(last, _items[child]))
            {
                break;
            }

            _items[i] = _items[child];
            i = child;
        }

        if (Count > 0)
        {
            _items[i] = last;
        }

        return top;
    }

    private static bool Before((double Key, int Id) a, (double Key, int Id) b) => a.Key < b.Key || (a.Key == b.Key && a.Id <= b.Id);
}
