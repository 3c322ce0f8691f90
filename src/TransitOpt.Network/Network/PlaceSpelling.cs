using System.Globalization;
using System.Text;

namespace TransitOpt.Network;

/// <summary>
/// Place names as people type them: the region's names reach Latin script through Russian, Kazakh, Uzbek and Tajik
/// romanisations (Kostanay, Kustanai, Qostanay; Khujand, Khodzhent, Khodjent), so names are compared on a key that
/// folds those variants together, and near misses are ranked by edit distance on that key.
/// </summary>
public static class PlaceSpelling
{
    // Longest first: each variant is folded to one spelling.
    private static readonly (string From, string To)[] Folds =
    [
        ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("q", "k"), ("ou", "u"), ("yo", "e"), ("ye", "e"),
        ("yu", "u"), ("ya", "a"), ("y", "i"), ("w", "v"), ("x", "h"), ("g'", "g"), ("o'", "o"),
    ];

    /// <summary>The folded key: lower case, no accents, no spaces or hyphens, romanisation variants merged, no doubled letters.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var plain = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && (char.IsLetterOrDigit(c) || c == '\''))
            {
                plain.Append(c);
            }
        }

        var text = plain.ToString();
        foreach (var (from, to) in Folds)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        var key = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => c != '\''))
        {
            if (key.Length == 0 || key[^1] != c)
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions).</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The most edits a key of this length may be away from a name and still be suggested.</summary>
    public static int Tolerance(string key) => Math.Max(1, (key?.Length ?? 0) / 4);
}
