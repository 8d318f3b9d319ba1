namespace SendCareers.Domain.Placements.Internships;

/// <summary>Which part of a rotation a problem is about, so a form can show the message beside that field.</summary>
public enum RotationField
{
    Name = 1,
    Starts,
    Ends,
}
