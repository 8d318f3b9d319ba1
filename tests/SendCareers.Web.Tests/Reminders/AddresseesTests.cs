using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Tests.Reminders;

/// <summary>The one rule placement and encounter reminders use to write to a young person.</summary>
public class AddresseesTests
{
    private static readonly Addressee Coach = new(RecipientIds.JobCoach("coach-user"), "coach@school.example", "Jo Coach");

    [Fact]
    public void WithAFamily_TheFamilyHearsForThemselvesAndForTheYoungPerson()
    {
        var person = new YoungPerson { Id = 7, PreferredName = "Sam", FamilyContactEmail = "family@example.com", FamilyContactName = "Pat" };

        var addressees = Addressees.ForYoungPerson(person, Coach).ToList();

        Assert.Equal(
            [
                new Addressee(RecipientIds.Family(7), "family@example.com", "Pat"),
                new Addressee(RecipientIds.YoungPerson(7), "family@example.com", "Pat"),
            ],
            addressees);
    }

    [Fact]
    public void WithoutAFamily_TheYoungPersonsMessagesGoToTheJobCoach()
    {
        var person = new YoungPerson { Id = 7, PreferredName = "Sam", FamilyContactEmail = " " };

        var addressees = Addressees.ForYoungPerson(person, Coach).ToList();

        Assert.Equal([new Addressee(RecipientIds.YoungPerson(7), "coach@school.example", "Jo Coach")], addressees);
    }

    [Fact]
    public void WithoutAFamilyOrAJobCoach_NobodyIsWrittenTo()
    {
        var person = new YoungPerson { Id = 7, PreferredName = "Sam" };

        Assert.Empty(Addressees.ForYoungPerson(person, jobCoach: null));
    }

    [Fact]
    public void ErasedYoungPerson_NeitherFamilyNorJobCoachIsWrittenTo()
    {
        // Placement reminders used to write to the job coach in the place of an erased young person.
        var erasedAt = new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);
        var withFamily = new YoungPerson { Id = 7, PreferredName = "Erased record", FamilyContactEmail = "family@example.com", ErasedAtUtc = erasedAt };
        var withoutFamily = new YoungPerson { Id = 8, PreferredName = "Erased record", ErasedAtUtc = erasedAt };

        Assert.Empty(Addressees.ForYoungPerson(withFamily, Coach));
        Assert.Empty(Addressees.ForYoungPerson(withoutFamily, Coach));
    }
}
