namespace SendCareers.Domain.Matching;

/// <summary>
/// Buckets a catalogue's located openings into cells of latitude and longitude, so the allocator only
/// checks openings near each young person's home instead of every opening. A pruning aid only: the
/// box it searches contains every point within the travel range (proof in <see cref="TryNearby"/>), and
/// each opening found is still checked against every rule.
/// </summary>
internal sealed class OpeningGrid
{
    private const double KilometresPerRadian = Geo.EarthRadiusKm;
    private const int MaxCells = 1 << 22;

    private readonly double _minLatitude;
    private readonly double _minLongitude;
    private readonly double _cellRadians;
    private readonly int _rows;
    private readonly int _columns;
    private readonly int[] _cellStart;
    private readonly int[] _cellItems;
    private readonly int[] _unlocated;

    public OpeningGrid(OpeningCatalogue catalogue)
    {
        var facts = catalogue.Facts;
        double minLat = double.MaxValue, maxLat = double.MinValue, minLon = double.MaxValue, maxLon = double.MinValue;
        var unlocated = new List<int>();
        for (var i = 0; i < facts.Length; i++)
        {
            if (!facts[i].HasLocation)
            {
                unlocated.Add(i);
                continue;
            }

            minLat = Math.Min(minLat, facts[i].LatitudeRadians);
            maxLat = Math.Max(maxLat, facts[i].LatitudeRadians);
            minLon = Math.Min(minLon, facts[i].LongitudeRadians);
            maxLon = Math.Max(maxLon, facts[i].LongitudeRadians);
        }

        _unlocated = [.. unlocated];
        if (minLat > maxLat)
        {
            minLat = maxLat = minLon = maxLon = 0;
        }

        // About 11 km a side north to south: a town's openings share a few cells. Grown when openings
        // are spread so widely that the grid would be too big.
        var cell = Geo.Radians(0.1);
        while ((((maxLat - minLat) / cell) + 1) * (((maxLon - minLon) / cell) + 1) > MaxCells)
        {
            cell *= 2;
        }

        _minLatitude = minLat;
        _minLongitude = minLon;
        _cellRadians = cell;
        _rows = (int)((maxLat - minLat) / cell) + 1;
        _columns = (int)((maxLon - minLon) / cell) + 1;
        _cellStart = new int[(_rows * _columns) + 1];
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].HasLocation)
            {
                _cellStart[CellOf(facts[i]) + 1]++;
            }
        }

        for (var c = 0; c < _rows * _columns; c++)
        {
            _cellStart[c + 1] += _cellStart[c];
        }

        _cellItems = new int[_cellStart[^1]];
        var fill = _cellStart[..^1];
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].HasLocation)
            {
                _cellItems[fill[CellOf(facts[i])]++] = i;
            }
        }
    }

    /// <summary>
    /// Adds to <paramref name="found"/>, in a fixed order (cell by cell), every opening that could be within the young
    /// person's range (plus those with no location). False, adding nothing, when the young person has no
    /// home or range, or the range is too large to box; the caller then checks every opening.
    /// <para>
    /// The box is safe: a great-circle distance d changes latitude by at most d/R radians; and the
    /// haversine formula gives sin²(d/2R) ≥ cos φ₁ cos φ₂ sin²(Δλ/2) ≥ cos² φmax sin²(Δλ/2), so
    /// |Δλ| ≤ 2·asin(sin(d/2R) / cos φmax), where φmax is the largest absolute latitude in the band.
    /// </para>
    /// </summary>
    public bool TryNearby(CandidateProfile person, List<int> found)
    {
        if (!person.HasHome || double.IsNaN(person.RangeKm))
        {
            return false;
        }

        var angle = (person.RangeKm / KilometresPerRadian) + 1e-9;
        var widest = Math.Abs(person.LatitudeRadians) + angle;
        if (widest >= Math.PI / 2)
        {
            return false;
        }

        var ratio = Math.Sin(angle / 2) / Math.Cos(widest);
        if (ratio >= 1)
        {
            return false;
        }

        var lonAngle = (2 * Math.Asin(ratio)) + 1e-9;
        if (person.LongitudeRadians - lonAngle < -Math.PI || person.LongitudeRadians + lonAngle > Math.PI)
        {
            // The box would cross the date line; rare enough to check everything.
            return false;
        }

        var firstRow = Math.Max(0, (int)Math.Floor((person.LatitudeRadians - angle - _minLatitude) / _cellRadians));
        var lastRow = Math.Min(_rows - 1, (int)Math.Floor((person.LatitudeRadians + angle - _minLatitude) / _cellRadians));
        var firstColumn = Math.Max(0, (int)Math.Floor((person.LongitudeRadians - lonAngle - _minLongitude) / _cellRadians));
        var lastColumn = Math.Min(_columns - 1, (int)Math.Floor((person.LongitudeRadians + lonAngle - _minLongitude) / _cellRadians));
        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                var cell = (row * _columns) + column;
                for (var k = _cellStart[cell]; k < _cellStart[cell + 1]; k++)
                {
                    found.Add(_cellItems[k]);
                }
            }
        }

        found.AddRange(_unlocated);
        return true;
    }

    private int CellOf(in OpeningFacts facts)
    {
        var row = Math.Min(_rows - 1, (int)((facts.LatitudeRadians - _minLatitude) / _cellRadians));
        var column = Math.Min(_columns - 1, (int)((facts.LongitudeRadians - _minLongitude) / _cellRadians));
        return (row * _columns) + column;
    }
}
