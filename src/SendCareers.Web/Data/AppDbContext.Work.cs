using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data;

/// <summary>Young people, openings, placements, encounters and what is said about them afterwards.</summary>
public partial class AppDbContext
{
    public DbSet<YoungPerson> YoungPeople => Set<YoungPerson>();

    public DbSet<ProfileChange> ProfileChanges => Set<ProfileChange>();

    public DbSet<YoungPersonStatusChange> YoungPersonStatusChanges => Set<YoungPersonStatusChange>();

    public DbSet<Opening> Openings => Set<Opening>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<PlacementTransitionRecord> PlacementTransitions => Set<PlacementTransitionRecord>();

    public DbSet<RotationRecord> Rotations => Set<RotationRecord>();

    public DbSet<SupportLogEntry> SupportLog => Set<SupportLogEntry>();

    public DbSet<Encounter> Encounters => Set<Encounter>();

    public DbSet<EncounterAttendee> EncounterAttendees => Set<EncounterAttendee>();

    public DbSet<Debrief> Debriefs => Set<Debrief>();

    public DbSet<EncounterRequest> EncounterRequests => Set<EncounterRequest>();

    public DbSet<RequestInvitation> RequestInvitations => Set<RequestInvitation>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
}
