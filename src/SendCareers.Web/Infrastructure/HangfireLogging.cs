using Hangfire.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;

namespace SendCareers.Web;

/// <summary>
/// Hangfire keeps its log provider in a static, shared by every app in the process. When a test process
/// hosts several apps one after another, a disposed app's logger factory would be handed to the next
/// one's background job client and throw. This provider sends Hangfire's logs to ASP.NET Core logging and
/// falls silent, rather than failing a request, if that factory has gone.
/// </summary>
internal sealed class HangfireLogging(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new Adapter(factory.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Adapter(ILogger logger) : ILog
    {
        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                HangfireLogLevel.Trace => Microsoft.Extensions.Logging.LogLevel.Trace,
                HangfireLogLevel.Debug => Microsoft.Extensions.Logging.LogLevel.Debug,
                HangfireLogLevel.Info => Microsoft.Extensions.Logging.LogLevel.Information,
                HangfireLogLevel.Warn => Microsoft.Extensions.Logging.LogLevel.Warning,
                HangfireLogLevel.Error => Microsoft.Extensions.Logging.LogLevel.Error,
                _ => Microsoft.Extensions.Logging.LogLevel.Critical,
            };
            try
            {
                if (messageFunc is null)
                {
                    return logger.IsEnabled(level);
                }

                if (logger.IsEnabled(level))
                {
#pragma warning disable CA1848, CA2254 // Hangfire hands over ready-made messages
                    logger.Log(level, exception, messageFunc());
#pragma warning restore CA1848, CA2254
                }

                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
