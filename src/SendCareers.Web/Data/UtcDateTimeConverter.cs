using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SendCareers.Web.Data;

public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    toStore => toStore.Kind == DateTimeKind.Utc ? toStore : toStore.ToUniversalTime(),
    fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));

public sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
    toStore => toStore.HasValue ? (toStore.Value.Kind == DateTimeKind.Utc ? toStore : toStore.Value.ToUniversalTime()) : null,
    fromStore => fromStore.HasValue ? DateTime.SpecifyKind(fromStore.Value, DateTimeKind.Utc) : null);
