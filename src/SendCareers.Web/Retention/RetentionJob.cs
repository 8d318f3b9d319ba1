using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Retention;

/// <summary>
/// The daily run of the retention rule: erases every leaver whose record is due, through the same
/// erasure as a hub administrator's (so reports keep anonymous counts). Erased records are skipped,
/// so a second run the same day, or a retried one, changes nothing.
/// </summary>
public sealed class RetentionJob(RetentionSchedule schedule, PersonalRecords records, TimeProvider time, ILogger<RetentionJob> logger)
{
    public const string RecurringJobId = "retention-rule";

    public async Task<int> EraseDueAsync(CancellationToken cancellationToken)
    {
        var today = UkTimeZone.Today(time);
        var erased = 0;
        foreach (var due in await schedule.DueByAsync(today, cancellationToken))
        {
            if (await records.EraseAsync(due.YoungPersonId, PersonalRecords.ErasedByRetentionRule, cancellationToken))
            {
                erased++;
                logger.LogInformation("Retention rule erased young person {YoungPersonId}", due.YoungPersonId);
            }
        }

        await records.ForgetImportLeftoversAsync(cancellationToken);
        return erased;
    }
}
