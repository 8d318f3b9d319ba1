using SendCareers.Web.Reminders;

namespace SendCareers.Web.People;

public static class PeopleServiceCollectionExtensions
{
    /// <summary>Invitations, closing accounts, coaches' schools and employers' contacts.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddScoped<Invitations>();
        services.AddScoped<InvitationAcceptance>();
        services.AddScoped<AccountStatus>();
        services.AddScoped<CoachSchools>();
        services.AddScoped<EmployerContacts>();
        services.AddScoped<IMessageComposer, InvitationComposer>();
        return services;
    }
}
