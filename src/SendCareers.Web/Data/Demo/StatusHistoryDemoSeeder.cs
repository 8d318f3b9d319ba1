using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Demo;

/// <summary>
/// Two young people whose circumstances changed, so the NDTi table and profiles show the history at work:
/// one at Brookfield Lane School whose EHCP started on 3 March last school year (counted only from that
/// year), and one who moved from Brookfield Lane School to Riverside Specialist College last September.
/// </summary>
public sealed class StatusHistoryDemoSeeder(AppDbContext db, TimeProvider time) : IDemoSeeder
{
    public int Order => 40;

    public async Task SeedAsync(DemoContext context)
    {
        var today = UkTimeZone.Today(time);
        var year = SchoolYear.AcademicYearStarting(today);
        var school = context.Schools.First(s => s.Kind == SchoolKind.SpecialSchool);
        var college = context.Schools.First(s => s.Kind == SchoolKind.SpecialCollege);
        var coach = await db.Users.Where(u => u.Email == DemoData.CoachEmail).Select(u => new { u.Id, u.DisplayName }).SingleAsync();
        var admin = await db.Users.Where(u => u.Email == DemoData.AdminEmail).Select(u => new { u.Id, u.DisplayName }).SingleAsync();

        // The oldest pupil (the placement demo's first three left alone) was in the cohort in earlier years
        // by today's answer, so the table shows the years they are now left out of.
        var ehcpFrom = new DateOnly(year, 3, 3);
        var pupils = await db.YoungPeople.Where(p => p.SchoolId == school.Id).OrderBy(p => p.Id).Skip(3).ToListAsync();
        var newPlan = pupils.Where(p => p.HasEhcp).MinBy(p => p.DateOfBirth)!;
        newPlan.StatusChanges.Add(new YoungPersonStatusChange
        {
            EffectiveFrom = ehcpFrom,
            HasEhcp = true,
            HadEhcpBefore = false,
            RecordedAtUtc = UkTime.FromUk(ehcpFrom.AddDays(2), new TimeOnly(10, 0)).UtcDateTime,
            RecordedByUserId = coach.Id,
            RecordedByName = coach.DisplayName,
        });

        // Preparing for Adulthood reviews are EHCP reviews: none before the plan began.
        db.PreparingForAdulthoodReviews.RemoveRange(
            await db.PreparingForAdulthoodReviews.Where(r => r.YoungPersonId == newPlan.Id && r.HeldOn < ehcpFrom).ToListAsync());

        var movedOn = new DateOnly(year - 1, 9, 4);
        var student = await db.YoungPeople.Where(p => p.SchoolId == college.Id).OrderBy(p => p.DateOfBirth).LastAsync();
        student.StatusChanges.Add(new YoungPersonStatusChange
        {
            EffectiveFrom = movedOn,
            SchoolId = college.Id,
            PreviousSchoolId = school.Id,
            RecordedAtUtc = UkTime.FromUk(movedOn, new TimeOnly(9, 30)).UtcDateTime,
            RecordedByUserId = admin.Id,
            RecordedByName = admin.DisplayName,
        });
    }
}
