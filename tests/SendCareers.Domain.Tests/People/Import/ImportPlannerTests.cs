using SendCareers.Domain.People.Import;

namespace SendCareers.Domain.Tests.People.Import;

public class ImportPlannerTests
{
    private static readonly DateOnly Birthday = new(2010, 3, 27);

    private static ImportPlanner.ReadRow Row(int number, string? upn, string first, string surname, string? postcode = null, DateOnly? dob = null) =>
        new(number, new ImportedPerson(upn, first, surname, null, dob ?? Birthday, null, null, postcode), null);

    [Fact]
    public void EachRow_GetsItsOutcome()
    {
        ExistingPerson[] existing =
        [
            new(1, "U820200101001", "Alfie", "Hill", "Alfie", Birthday, "LS7 3QB"),
            new(2, null, "Alfie", "Moss", "Alf", Birthday, null),
            new(3, null, null, null, "Ruby", Birthday, null), // added by hand before legal names were kept
        ];
        var plan = ImportPlanner.Plan(
        [
            Row(2, "U820200101001", "Alfie", "Hill", "LS7 3QB"), // unchanged, found by UPN
            Row(3, "G383400119045", "Alfie", "Moss"), // found by legal name and birthday: UPN added
            Row(4, null, "Ruby", "Patel"), // found by first name and birthday: legal surname added
            Row(5, null, "Tia", "Green"), // new
            Row(6, null, "Tia", "Green"), // repeated
            new(7, null, "Date of birth is missing"),
            Row(8, "A201123412345", "Kai", "Brown"), // UPN at another school
        ], existing, new HashSet<string> { "A201123412345" });

        Assert.Equal(
            [RowOutcomeKind.Unchanged, RowOutcomeKind.Update, RowOutcomeKind.Update, RowOutcomeKind.New, RowOutcomeKind.Refused, RowOutcomeKind.Refused, RowOutcomeKind.Refused],
            plan.Select(p => p.Kind));
        Assert.Equal(2, plan[1].ExistingId);
        Assert.Equal([new FieldChange(ImportField.Upn, null, "G383400119045")], plan[1].Changes);
        Assert.Equal(3, plan[2].ExistingId);
        Assert.Contains(new FieldChange(ImportField.LegalSurname, null, "Patel"), plan[2].Changes);
        Assert.Equal("Same legal name and date of birth as row 5: imported once only", plan[4].Reason);
        Assert.Equal("Date of birth is missing", plan[5].Reason);
        Assert.Equal("This UPN belongs to a young person at another school or college in the hub", plan[6].Reason);
    }

    [Fact]
    public void EmptyCells_NeverClearWhatIsRecorded()
    {
        var plan = ImportPlanner.Plan([Row(2, null, "Alfie", "Hill")], [new(1, "U820200101001", "Alfie", "Hill", "Alfie", Birthday, "LS7 3QB")], new HashSet<string>());
        Assert.Equal(RowOutcomeKind.Unchanged, Assert.Single(plan).Kind);
    }

    [Fact]
    public void ATemporaryUpn_IsReplacedByThePermanentOne()
    {
        var plan = ImportPlanner.Plan([Row(2, "G383400119045", "Alfie", "Hill")], [new(1, "M82020010100X", "Alfie", "Hill", "Alfie", Birthday, null)], new HashSet<string>());
        var row = Assert.Single(plan);
        Assert.Equal(RowOutcomeKind.Update, row.Kind);
        Assert.Equal(1, row.ExistingId);
        Assert.Equal([new FieldChange(ImportField.Upn, "M82020010100X", "G383400119045")], row.Changes);
    }

    [Fact]
    public void SameNameAndBirthday_ButAnotherUpn_IsRefused()
    {
        var plan = ImportPlanner.Plan([Row(2, "G383400119045", "Alfie", "Hill")], [new(1, "U820200101001", "Alfie", "Hill", "Alfie", Birthday, null)], new HashSet<string>());
        Assert.Equal("A young person with this legal name and date of birth has a different UPN on SendCareers", Assert.Single(plan).Reason);
    }

    [Fact]
    public void TwoRowsFindingOnePerson_TheSecondIsRefused()
    {
        var plan = ImportPlanner.Plan(
            [Row(2, "U820200101001", "Alfie", "Hill"), Row(3, null, "Alfie", "Hill", dob: Birthday)],
            [new(1, "U820200101001", "Alfie", "Hill", "Alfie", Birthday, null)], new HashSet<string>());
        Assert.Equal(RowOutcomeKind.Refused, plan[1].Kind);
    }
}
