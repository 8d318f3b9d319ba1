namespace SendCareers.Domain.Vocabulary;

[Flags]
public enum CommunicationMethod
{
    None = 0,
    Speech = 1 << 0,
    Makaton = 1 << 1,
    Bsl = 1 << 2,
    Symbols = 1 << 3,
    Aac = 1 << 4,
    Writing = 1 << 5,
}
