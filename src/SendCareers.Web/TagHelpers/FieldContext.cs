using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SendCareers.Web.TagHelpers;

/// <summary>Names, ids and errors for one bound field, the GOV.UK way.</summary>
internal static class FieldContext
{
    /// <summary>The form field name, including any prefix set by a partial view.</summary>
    public static string NameOf(ViewContext context, ModelExpression expression) =>
        context.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);

    /// <summary>"Input.OrganisationName" becomes "organisation-name": the id the error summary links to.</summary>
    public static string IdOf(ViewContext context, ModelExpression expression) => IdFromName(NameOf(context, expression));

    public static string IdFromName(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var last = name.Split('.').Last();
        var bracket = last.IndexOf('[');
        var index = "";
        if (bracket >= 0)
        {
            // One field per row ("Marks[12]") needs its own id, or every error would link to the first row.
            index = new string(last[(bracket + 1)..].Where(char.IsAsciiLetterOrDigit).ToArray());
            last = last[..bracket];
        }

        var chars = new List<char>();
        for (var i = 0; i < last.Length; i++)
        {
            var c = last[i];
            if (char.IsUpper(c) && i > 0)
            {
                chars.Add('-');
            }

            chars.Add(char.ToLowerInvariant(c));
        }

        return index.Length == 0 ? new string(chars.ToArray()) : $"{new string(chars.ToArray())}-{index.ToLowerInvariant()}";
    }

    public static string? ErrorOf(ViewContext context, ModelExpression expression) =>
        TryGetEntry(context, expression, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>What was typed, even when it failed to bind (so the person never loses their input).</summary>
    public static string? AttemptedValueOf(ViewContext context, ModelExpression expression)
    {
        if (TryGetEntry(context, expression, out var entry) && entry.AttemptedValue is not null)
        {
            return entry.AttemptedValue;
        }

        return expression.Model switch
        {
            null => null,
            DateOnly d => d.ToString("yyyy-MM-dd"),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
    }

    public static string[] AttemptedValuesOf(ViewContext context, ModelExpression expression)
    {
        if (TryGetEntry(context, expression, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string[] many => many,
                string one => [one],
                _ => [],
            };
        }

        return expression.Model switch
        {
            null => [],
            string s => [s],
            System.Collections.IEnumerable items => items.Cast<object>().Select(i => i.ToString() ?? "").ToArray(),
            var one => [one.ToString() ?? ""],
        };
    }

    /// <summary>
    /// The model-state entry for a field. When a form is posted with none of its fields (an empty
    /// submit), model binding falls back to the empty prefix and keys "Input.Email" as "Email"; look
    /// there too so the message still appears beside the field.
    /// </summary>
    private static bool TryGetEntry(ViewContext context, ModelExpression expression, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateEntry? entry)
    {
        var name = NameOf(context, expression);
        var state = context.ViewData.ModelState;
        if (state.TryGetValue(name, out entry))
        {
            return true;
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && state.TryGetValue(name[(dot + 1)..], out entry);
    }
}
