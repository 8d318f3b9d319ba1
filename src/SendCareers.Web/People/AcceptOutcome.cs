using Microsoft.AspNetCore.Identity;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.People;

/// <summary>What accepting an invitation came to: the new account, or why there is none.</summary>
public sealed record AcceptOutcome(AppUser? User, bool LinkDead = false, bool AlreadyHasAccount = false, IdentityResult? PasswordRefused = null);
