using System.Diagnostics;

namespace SendCareers.Web.Security;

/// <summary>
/// Public forms that take an e-mail address (forgotten password, employer sign-up) do different work
/// for an existing account, a pending sign-up and an unknown address: a token, a new account, an e-mail.
/// The page already says the same thing in every case; this makes it say it after the same time too, by
/// answering no sooner than <see cref="Floor"/> after the request began. The work itself takes far less
/// (a few to a few tens of milliseconds), so the floor, not the work, sets the time. A mail server slower
/// than the floor would show through; the floor is generous for that reason.
/// </summary>
public static class SteadyAnswer
{
    public static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(400);

    public static long Start() => Stopwatch.GetTimestamp();

    public static async Task WaitOutAsync(long started, CancellationToken cancellationToken)
    {
        var left = Floor - Stopwatch.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
        {
            // Real time, not the app's TimeProvider: this is about what a stopwatch outside can see.
            await Task.Delay(left, cancellationToken);
        }
    }
}
