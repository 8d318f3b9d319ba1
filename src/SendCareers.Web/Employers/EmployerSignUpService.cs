using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;
using SendCareers.Web.Security;

namespace SendCareers.Web.Employers;

public enum SignUpOutcome
{
    /// <summary>A new organisation and account, waiting for the contact to confirm their e-mail.</summary>
    Created,

    /// <summary>The e-mail already had an account: nothing new was made; a kind e-mail went to the address.</summary>
    AlreadyRegistered,

    /// <summary>The e-mail had an unconfirmed sign-up: a fresh confirmation link went out; nothing new was made.</summary>
    ResentConfirmation,
}

/// <summary>
/// Turns a checked sign-up into an employer and its contact's account, in one transaction, and sends the
/// confirmation e-mail. The page shows the same confirmation whatever happened, so the form cannot be used
/// to find out who has an account.
/// </summary>
public sealed class EmployerSignUpService(
    AppDbContext db,
    UserManager<AppUser> users,
    TokenService tokens,
    OutcodeDirectory outcodes,
    IMailer mailer,
    EmailTemplates templates,
    TimeProvider time,
    ILogger<EmployerSignUpService> logger)
{
    public static readonly TimeSpan VerificationLifetime = TimeSpan.FromDays(7);

    public async Task<SignUpOutcome> SubmitAsync(EmployerProfileInput input, CancellationToken cancellationToken)
    {
        var email = EmployerProfileValidator.Clean(input.ContactEmail);
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            if (existing.EmailConfirmed || existing.EmployerId is null)
            {
                await TrySendAsync(templates.AlreadySignedUp(existing.Email ?? email), cancellationToken);
                return SignUpOutcome.AlreadyRegistered;
            }

            var employer = await db.Employers.AsNoTracking().SingleAsync(e => e.Id == existing.EmployerId, cancellationToken);
            var fresh = tokens.Issue(TokenPurpose.VerifyEmployerEmail, existing.Id, VerificationLifetime);
            await db.SaveChangesAsync(cancellationToken);
            await TrySendAsync(templates.VerifyEmployer(employer.ContactName, existing.Email ?? email, employer.OrganisationName, fresh), cancellationToken);
            return SignUpOutcome.ResentConfirmation;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var created = new Employer { Status = EmployerStatus.AwaitingVerification, CreatedAtUtc = now };
        EmployerProfileMapper.ApplyTo(created, input, outcodes);

        string token;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Employers.Add(created);
            await db.SaveChangesAsync(cancellationToken);

            var user = new AppUser
            {
                UserName = email,
                Email = email,
                DisplayName = created.ContactName,
                EmployerId = created.Id,
                CreatedAtUtc = now,
                LockoutEnabled = true,
            };
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                // Only possible if the same address signed up in the same instant; roll everything back.
                throw new InvalidOperationException("Could not create the employer's account: " + string.Join("; ", result.Errors.Select(e => e.Code)));
            }

            await users.AddToRoleAsync(user, Roles.Employer);
            token = tokens.Issue(TokenPurpose.VerifyEmployerEmail, user.Id, VerificationLifetime);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await TrySendAsync(templates.VerifyEmployer(created.ContactName, email, created.OrganisationName, token), cancellationToken);
        return SignUpOutcome.Created;
    }

    /// <summary>
    /// A mail server that is down must not lose the sign-up: the account stays, and signing up again with
    /// the same address sends a fresh link (the confirmation page says so).
    /// </summary>
    private async Task TrySendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await mailer.SendAsync(mail, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not send the sign-up e-mail; the person can sign up again to get a fresh link");
        }
    }
}
