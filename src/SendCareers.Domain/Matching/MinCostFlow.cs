namespace SendCareers.Domain.Matching;

/// <summary>
/// Minimum-cost maximum flow by the primal–dual method: successive shortest paths with node potentials
/// (Dijkstra on reduced costs), where each round pushes a maximum flow through every arc of zero reduced
/// cost (Dinic's blocking flows) instead of one path at a time. Edge costs must be non-negative integers.
/// <para>
/// Why the answer is optimal: after each Dijkstra the potentials make every residual arc's reduced cost
/// non-negative and every shortest augmenting path's arcs zero, so each round only augments along
/// shortest paths. A flow built from shortest augmenting paths is a minimum-cost flow for its value
/// (no negative-cost cycle can appear in the residual graph), and the rounds stop only when no
/// augmenting path is left, so the flow is maximum. The result: the largest possible flow, and the
/// cheapest among flows of that size.
/// </para>
/// Deterministic: arcs are scanned in the order edges were added, and the heap breaks ties by node number.
/// </summary>
internal sealed class MinCostFlow
{
    private const int Unreached = int.MaxValue;

    private readonly int _nodeCount;
    private int[] _from;
    private int[] _to;
    private int[] _capacity;
    private int[] _cost;
    private int _edgeCount;

    // Residual graph in compressed-sparse-row form: node u's arcs are [_start[u], _start[u + 1]).
    private int[] _start = [];
    private int[] _arcTo = [];
    private int[] _arcCapacity = [];
    private int[] _arcCost = [];
    private int[] _arcReverse = [];
    private int[] _forwardArc = [];
    private int[] _potential = [];

    public MinCostFlow(int nodeCount, int expectedEdges)
    {
        _nodeCount = nodeCount;
        var size = Math.Max(expectedEdges, 4);
        _from = new int[size];
        _to = new int[size];
        _capacity = new int[size];
        _cost = new int[size];
    }

    /// <summary>Number of Dijkstra rounds the last <see cref="Solve"/> needed (for diagnostics and benchmarks).</summary>
    public int Rounds { get; private set; }

    /// <summary>Adds a directed edge and returns its id, for <see cref="FlowOn"/>.</summary>
    public int AddEdge(int from, int to, int capacity, int cost)
    {
        if (_edgeCount == _from.Length)
        {
            var size = _from.Length * 2;
            Array.Resize(ref _from, size);
            Array.Resize(ref _to, size);
            Array.Resize(ref _capacity, size);
            Array.Resize(ref _cost, size);
        }

        _from[_edgeCount] = from;
        _to[_edgeCount] = to;
        _capacity[_edgeCount] = capacity;
        _cost[_edgeCount] = cost;
        return _edgeCount++;
    }

    /// <summary>
    /// A node's potential after <see cref="Solve"/>: with it every residual arc has a non-negative reduced
    /// cost (cost + potential[from] − potential[to]), which is what proves the flow cheapest for its size.
    /// </summary>
    public int Potential(int node) => _potential[node];

    /// <summary>Flow through an edge after <see cref="Solve"/>.</summary>
    public int FlowOn(int edge) => _capacity[edge] - _arcCapacity[_forwardArc[edge]];

    /// <summary>Sends as much flow as possible from source to sink at the least total cost; returns the flow.</summary>
    public int Solve(int source, int sink)
    {
        BuildResidualGraph();
        var potential = _potential = new int[_nodeCount];
        var distance = new int[_nodeCount];
        var settled = new bool[_nodeCount];
        var level = new int[_nodeCount];
        var queue = new int[_nodeCount];
        var next = new int[_nodeCount];
        var path = new int[_nodeCount];
        var heap = new NodeHeap(_nodeCount);
        var flow = 0;
        Rounds = 0;
        while (ShortestDistances(source, sink, potential, distance, settled, heap))
        {
            Rounds++;
            var toSink = distance[sink];
            for (var v = 0; v < _nodeCount; v++)
            {
                // Nodes not settled are at least as far as the sink; capping at the sink's distance keeps
                // every residual reduced cost non-negative.
                potential[v] += settled[v] ? distance[v] : toSink;
            }

            while (LevelZeroCostArcs(source, sink, potential, settled, level, queue))
            {
                Array.Copy(_start, next, _nodeCount);
                int pushed;
                while ((pushed = PushAlongOnePath(source, sink, potential, level, next, path)) > 0)
                {
                    flow += pushed;
                }
            }
        }

        return flow;
    }

    private void BuildResidualGraph()
    {
        _start = new int[_nodeCount + 1];
        for (var e = 0; e < _edgeCount; e++)
        {
            _start[_from[e] + 1]++;
            _start[_to[e] + 1]++;
        }

        for (var v = 0; v < _nodeCount; v++)
        {
            _start[v + 1] += _start[v];
        }

        var arcs = _edgeCount * 2;
        _arcTo = new int[arcs];
        _arcCapacity = new int[arcs];
        _arcCost = new int[arcs];
        _arcReverse = new int[arcs];
        _forwardArc = new int[_edgeCount];
        var fill = new int[_nodeCount];
        Array.Copy(_start, fill, _nodeCount);
        for (var e = 0; e < _edgeCount; e++)
        {
            var forward = fill[_from[e]]++;
            var backward = fill[_to[e]]++;
            _arcTo[forward] = _to[e];
            _arcCapacity[forward] = _capacity[e];
            _arcCost[forward] = _cost[e];
            _arcReverse[forward] = backward;
            _arcTo[backward] = _from[e];
            _arcCapacity[backward] = 0;
            _arcCost[backward] = -_cost[e];
            _arcReverse[backward] = forward;
            _forwardArc[e] = forward;
        }
    }

    /// <summary>Dijkstra on reduced costs, stopping once the sink is settled. False when the sink is unreachable.</summary>
    private bool ShortestDistances(int source, int sink, int[] potential, int[] distance, bool[] settled, NodeHeap heap)
    {
        Array.Fill(distance, Unreached);
        Array.Clear(settled);
        heap.Clear();
        distance[source] = 0;
        heap.Push(0, source);
        while (heap.TryPop(out var d, out var u))
        {
            if (settled[u] || d != distance[u])
            {
                continue;
            }

            settled[u] = true;
            if (u == sink)
            {
                return true;
            }

            for (var a = _start[u]; a < _start[u + 1]; a++)
            {
                if (_arcCapacity[a] <= 0)
                {
                    continue;
                }

                var v = _arcTo[a];
                var candidate = d + _arcCost[a] + potential[u] - potential[v];
                if (candidate < distance[v])
                {
                    distance[v] = candidate;
                    heap.Push(candidate, v);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Breadth-first levels over residual arcs of zero reduced cost; false when the sink is not reached.
    /// Only nodes the last Dijkstra settled are entered: every node on the shortest path it found to the
    /// sink is settled, so there is always a path, and skipping the rest of the graph keeps each round's
    /// work close to the part of the network the round can change. Stops as soon as the sink has a level.
    /// </summary>
    private bool LevelZeroCostArcs(int source, int sink, int[] potential, bool[] settled, int[] level, int[] queue)
    {
        Array.Fill(level, -1);
        level[source] = 0;
        int head = 0, tail = 0;
        queue[tail++] = source;
        while (head < tail)
        {
            var u = queue[head++];
            for (var a = _start[u]; a < _start[u + 1]; a++)
            {
                var v = _arcTo[a];
                if (level[v] < 0 && _arcCapacity[a] > 0 && (settled[v] || v == sink) && _arcCost[a] + potential[u] - potential[v] == 0)
                {
                    level[v] = level[u] + 1;
                    if (v == sink)
                    {
                        return true;
                    }

                    queue[tail++] = v;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Finds one source-to-sink path in the level graph and pushes its bottleneck. Iterative rather than
    /// recursive: paths can alternate through thousands of young people and would overflow the stack.
    /// <paramref name="next"/> holds each node's current arc, so dead ends are never scanned twice.
    /// </summary>
    private int PushAlongOnePath(int source, int sink, int[] potential, int[] level, int[] next, int[] path)
    {
        var depth = 0;
        var u = source;
        while (true)
        {
            if (u == sink)
            {
                var bottleneck = int.MaxValue;
                for (var i = 0; i < depth; i++)
                {
                    bottleneck = Math.Min(bottleneck, _arcCapacity[path[i]]);
                }

                for (var i = 0; i < depth; i++)
                {
                    _arcCapacity[path[i]] -= bottleneck;
                    _arcCapacity[_arcReverse[path[i]]] += bottleneck;
                }

                return bottleneck;
            }

            var advanced = false;
            for (; next[u] < _start[u + 1]; next[u]++)
            {
                var a = next[u];
                var v = _arcTo[a];
                if (_arcCapacity[a] > 0 && level[v] == level[u] + 1 && _arcCost[a] + potential[u] - potential[v] == 0)
                {
                    path[depth++] = a;
                    u = v;
                    advanced = true;
                    break;
                }
            }

            if (advanced)
            {
                continue;
            }

            if (depth == 0)
            {
                return 0;
            }

            // Dead end: step back and move the parent past the arc that led here.
            var arc = path[--depth];
            u = _arcTo[_arcReverse[arc]];
            next[u]++;
        }
    }

    /// <summary>Binary min-heap of (distance, node) packed into one long, so ties break by node number.</summary>
    private sealed class NodeHeap(int capacity)
    {
        private long[] _items = new long[Math.Max(capacity, 4)];
        private int _count;

        public void Clear() => _count = 0;

        public void Push(int distance, int node)
        {
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            var item = ((long)distance << 32) | (uint)node;
            var i = _count++;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (_items[parent] <= item)
                {
                    break;
                }

                _items[i] = _items[parent];
                i = parent;
            }

            _items[i] = item;
        }

        public bool TryPop(out int distance, out int node)
        {
            if (_count == 0)
            {
                distance = 0;
                node = 0;
                return false;
            }

            var top = _items[0];
            var last = _items[--_count];
            var i = 0;
            while (true)
            {
                var child = (2 * i) + 1;
                if (child >= _count)
                {
                    break;
                }

                if (child + 1 < _count && _items[child + 1] < _items[child])
                {
                    child++;
                }

                if (last <= _items[child])
                {
                    break;
                }

                _items[i] = _items[child];
                i = child;
            }

            if (_count > 0)
            {
                _items[i] = last;
            }

            distance = (int)(top >> 32);
            node = (int)(top & uint.MaxValue);
            return true;
        }
    }
}
