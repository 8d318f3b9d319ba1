namespace SendCareers.Domain.People;

/// <summary>The ages of young people a hub supports: from Year 7 to the end of an EHCP at 25.</summary>
public static class YoungPersonAges
{
    public const int Minimum = 11;
    public const int Maximum = 25;
}
