using SendCareers.Domain.Matching;

namespace SendCareers.Domain.Tests.Matching;

/// <summary>The flow solver against a plain reference: one Bellman–Ford shortest path at a time.</summary>
public class MinCostFlowTests
{
    [Fact]
    public void Solve_MatchesReferenceOnRandomAssignmentNetworks()
    {
        for (var seed = 1; seed <= 60; seed++)
        {
            var random = new Random(seed);
            var people = random.Next(5, 60);
            var openings = random.Next(3, 25);
            var edges = new List<(int From, int To, int Capacity, int Cost)>();
            var source = 0;
            var sink = people + openings + 1;
            for (var k = 0; k < people; k++)
            {
                edges.Add((source, 1 + k, 1, 0));
                for (var i = 0; i < openings; i++)
                {
                    if (random.Next(4) == 0)
                    {
                        edges.Add((1 + k, 1 + people + i, 1, random.Next(0, 101)));
                    }
                }
            }

            for (var i = 0; i < openings; i++)
            {
                edges.Add((1 + people + i, sink, random.Next(0, 4), 0));
            }

            var network = new MinCostFlow(sink + 1, edges.Count);
            var ids = edges.Select(e => network.AddEdge(e.From, e.To, e.Capacity, e.Cost)).ToList();
            var flow = network.Solve(source, sink);
            var cost = ids.Select((id, n) => (long)network.FlowOn(id) * edges[n].Cost).Sum();

            var (referenceFlow, referenceCost) = Reference(sink + 1, edges, source, sink);
            Assert.True(referenceFlow == flow, $"seed {seed}: flow {flow}, reference {referenceFlow}");
            Assert.True(referenceCost == cost, $"seed {seed}: cost {cost}, reference {referenceCost}");
        }
    }

    [Fact]
    public void Solve_NoPath_ReturnsZero()
    {
        var network = new MinCostFlow(3, 1);
        var edge = network.AddEdge(0, 1, 5, 1);

        Assert.Equal(0, network.Solve(0, 2));
        Assert.Equal(0, network.FlowOn(edge));
    }

    private static (int Flow, long Cost) Reference(int nodes, List<(int From, int To, int Capacity, int Cost)> edges, int source, int sink)
    {
        var to = new List<int>();
        var capacity = new List<int>();
        var cost = new List<int>();
        var from = new List<int>();
        foreach (var e in edges)
        {
            from.Add(e.From);
            to.Add(e.To);
            capacity.Add(e.Capacity);
            cost.Add(e.Cost);
            from.Add(e.To);
            to.Add(e.From);
            capacity.Add(0);
            cost.Add(-e.Cost);
        }

        int flow = 0;
        long total = 0;
        while (true)
        {
            var distance = Enumerable.Repeat(long.MaxValue, nodes).ToArray();
            var via = Enumerable.Repeat(-1, nodes).ToArray();
            distance[source] = 0;
            for (var round = 0; round < nodes; round++)
            {
                var changed = false;
                for (var a = 0; a < to.Count; a++)
                {
                    if (capacity[a] > 0 && distance[from[a]] != long.MaxValue && distance[from[a]] + cost[a] < distance[to[a]])
                    {
                        distance[to[a]] = distance[from[a]] + cost[a];
                        via[to[a]] = a;
                        changed = true;
                    }
                }

                if (!changed)
                {
                    break;
                }
            }

            if (distance[sink] == long.MaxValue)
            {
                return (flow, total);
            }

            for (var v = sink; v != source; v = from[via[v]])
            {
                capacity[via[v]]--;
                capacity[via[v] ^ 1]++;
            }

            flow++;
            total += distance[sink];
        }
    }
}
