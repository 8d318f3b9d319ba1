using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SendCareers.Web.TagHelpers;

/// <summary>
/// Puts model-state entries in the order their properties are declared on the page model (and on the
/// input classes under it), which is the order the fields appear on the page. GOV.UK asks for the
/// error summary to list problems in page order; the model state itself has no useful order.
/// </summary>
internal static class FieldOrder
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static IEnumerable<KeyValuePair<string, ModelStateEntry?>> Sort(ModelStateDictionary state, Type? modelType)
    {
        var entries = state.Select((pair, index) => (pair, index)).ToList();
        if (modelType is null)
        {
            return entries.Select(e => e.pair);
        }

        return entries
            .OrderBy(e => PathOf(modelType, e.pair.Key), PathComparer.Instance)
            .ThenBy(e => e.index)
            .Select(e => e.pair);
    }

    private static int[] PathOf(Type type, string key)
    {
        var path = new List<int>();
        var current = type;
        foreach (var part in key.Split('.'))
        {
            var name = part.Split('[')[0];
            var properties = Properties.GetOrAdd(current, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken).ToArray());
            var index = Array.FindIndex(properties, p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                path.Add(int.MaxValue);
                break;
            }

            path.Add(index);
            current = properties[index].PropertyType;
        }

        return path.ToArray();
    }

    private sealed class PathComparer : IComparer<int[]>
    {
        public static readonly PathComparer Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            x ??= [];
            y ??= [];
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                var c = x[i].CompareTo(y[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
