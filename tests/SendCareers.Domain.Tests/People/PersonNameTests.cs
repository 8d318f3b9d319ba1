using SendCareers.Domain.People;

namespace SendCareers.Domain.Tests.People;

public class PersonNameTests
{
    [Theory]
    [InlineData("Sam", "Sam")]
    [InlineData("  Sam   Taylor ", "Sam")]
    [InlineData("Mary-Jane Watson", "Mary-Jane")]
    public void FirstName_IsTheFirstWordOfThePreferredName(string preferredName, string expected)
    {
        Assert.Equal(expected, PersonName.FirstName(preferredName));
    }

    [Fact]
    public void FirstName_OfABlankName_SaysTheYoungPerson()
    {
        Assert.Equal("the young person", PersonName.FirstName("   "));
    }
}
