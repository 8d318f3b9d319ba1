namespace SendCareers.Domain.Matching;

/// <summary>
/// Free-text skills and tasks, turned into small integer ids so a pair compares two short sorted
/// arrays instead of strings. Two phrases match when they are equal ignoring case and extra spaces.
/// </summary>
internal sealed class TagVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _display = [];

    /// <summary>The phrase as first written (trimmed), for reasons.</summary>
    public string Display(int id) => _display[id];

    /// <summary>Ids for an opening's phrases, adding new ones; sorted and distinct.</summary>
    public int[] Intern(IReadOnlyList<string>? phrases)
    {
        if (phrases is null || phrases.Count == 0)
        {
            return [];
        }

        var ids = new List<int>(phrases.Count);
        foreach (var phrase in phrases)
        {
            var key = Normalise(phrase);
            if (key.Length == 0)
            {
                continue;
            }

            if (!_ids.TryGetValue(key, out var id))
            {
                id = _display.Count;
                _ids.Add(key, id);
                _display.Add(phrase.Trim());
            }

            ids.Add(id);
        }

        return SortedDistinct(ids);
    }

    /// <summary>Ids for a young person's phrases; phrases no opening uses cannot match, so they are dropped.</summary>
    public int[] Lookup(IReadOnlyList<string>? phrases)
    {
        if (phrases is null || phrases.Count == 0)
        {
            return [];
        }

        var ids = new List<int>(phrases.Count);
        foreach (var phrase in phrases)
        {
            if (_ids.TryGetValue(Normalise(phrase), out var id))
            {
                ids.Add(id);
            }
        }

        return SortedDistinct(ids);
    }

    public static bool HasAny(IReadOnlyList<string>? phrases)
    {
        if (phrases is null)
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (!string.IsNullOrWhiteSpace(phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many ids two sorted, distinct arrays share.</summary>
    public static int CountShared(int[] left, int[] right)
    {
        int i = 0, j = 0, shared = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>The ids two sorted, distinct arrays share, in order.</summary>
    public static List<int> Shared(int[] left, int[] right)
    {
        var shared = new List<int>();
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                shared.Add(left[i]);
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    internal static string Normalise(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return string.Empty;
        }

        return string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }

    private static int[] SortedDistinct(List<int> ids)
    {
        ids.Sort();
        var distinct = new List<int>(ids.Count);
        foreach (var id in ids)
        {
            if (distinct.Count == 0 || distinct[^1] != id)
            {
                distinct.Add(id);
            }
        }

        return [.. distinct];
    }
}
