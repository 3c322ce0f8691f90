namespace TransitOpt.Network.Routing;

/// <summary>
/// A Dijkstra over vertices with one heap entry per vertex (a smaller key moves the entry up instead of adding
/// another), for the backward searches that give a query its lower bounds. Its arrays are kept per thread and
/// reused, so a search allocates only the bounds it returns.
/// </summary>
internal sealed class BoundSearch
{
    [ThreadStatic]
    private static BoundSearch? _current;

    private int[] _heap = [];
    private int[] _position = [];
    private double[] _key = [];
    private int _count;

    /// <summary>This thread's search, sized for <paramref name="vertexCount"/> vertices.</summary>
    public static BoundSearch For(int vertexCount)
    {
        var search = _current ??= new BoundSearch();
        if (search._position.Length < vertexCount)
        {
            search._heap = new int[vertexCount];
            search._position = new int[vertexCount];
        }

        return search;
    }

    /// <summary>Starts a search whose keys are written to <paramref name="key"/> (all infinite but the roots').</summary>
    public void Start(double[] key)
    {
        _key = key;
        _count = 0;
        Array.Fill(_position, -1, 0, key.Length);
    }

    public bool IsEmpty => _count == 0;

    /// <summary>Lowers a vertex's key and queues it, or moves it up the heap when it is queued already.</summary>
    public void Lower(int vertex, double key)
    {
        _key[vertex] = key;
        var i = _position[vertex];
        if (i < 0)
        {
            i = _count++;
        }

        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Before(vertex, _heap[parent]))
            {
                break;
            }

            Place(_heap[parent], i);
            i = parent;
        }

        Place(vertex, i);
    }

    /// <summary>Takes the vertex with the least key off the heap; its key is final.</summary>
    public int Pop()
    {
        var top = _heap[0];
        _position[top] = int.MaxValue;
        var last = _heap[--_count];
        if (_count == 0)
        {
            return top;
        }

        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && Before(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            if (!Before(_heap[child], last))
            {
                break;
            }

            Place(_heap[child], i);
            i = child;
        }

        Place(last, i);
        return top;
    }

    /// <summary>True once a vertex has left the heap (its key is final).</summary>
    public bool Settled(int vertex) => _position[vertex] == int.MaxValue;

    private void Place(int vertex, int index)
    {
        _heap[index] = vertex;
        _position[vertex] = index;
    }

    private bool Before(int a, int b) => _key[a] < _key[b] || (_key[a] == _key[b] && a < b);
}
