namespace TransitOpt.Network.Graph;

/// <summary>
/// A binary min-heap of (key, vertex) pairs with lazy deletion: a vertex may be pushed again with a smaller key and
/// the stale entry is skipped when popped. Its array grows once and is reused, so a search allocates nothing per edge.
/// </summary>
internal sealed class VertexHeap(int capacity)
{
    private (double Key, int Vertex)[] _items = new (double, int)[Math.Max(16, capacity)];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Push(double key, int vertex)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (_items[parent].Key <= key)
            {
                break;
            }

            _items[i] = _items[parent];
            i = parent;
        }

        _items[i] = (key, vertex);
    }

    public (double Key, int Vertex) Pop()
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

            if (child + 1 < Count && _items[child + 1].Key < _items[child].Key)
            {
                child++;
            }

            if (last.Key <= _items[child].Key)
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
}
