using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace TransitOpt.Network;

/// <summary>
/// Place names as people type them: the region's names reach Latin script through Russian, Kazakh, Uzbek and Tajik
/// romanisations (Kostanay, Kustanai, Qostanay; Khujand, Khodzhent, Khodjent), so names are compared on a key that
/// folds those variants together, and near misses are ranked by edit distance on that key. Names typed in Cyrillic
/// (Russian, Kazakh, Kyrgyz, Tajik or Uzbek letters) are romanised first, so Караганда, Қостанай and Хуҷанд meet their
/// Latin spellings on the same key.
/// </summary>
public static class PlaceSpelling
{
    // Longest first: each variant is folded to one spelling.
    private static readonly (string From, string To)[] Folds =
    [
        ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("q", "k"), ("ou", "u"), ("yo", "e"), ("ye", "e"),
        ("yu", "u"), ("ya", "a"), ("y", "i"), ("w", "v"), ("x", "h"), ("g'", "g"), ("o'", "o"),
    ];

    // Each Cyrillic letter as the usual romanisation writes it; the folds above then merge the variants (Russian х gives
    // kh, Tajik ҳ gives h, and both keys read h).
    private static readonly FrozenDictionary<char, string> Cyrillic = new Dictionary<char, string>
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya",

        // Kazakh and Kyrgyz.
        ['ә'] = "a", ['ғ'] = "g", ['қ'] = "q", ['ң'] = "n", ['ө'] = "o", ['ұ'] = "u", ['ү'] = "u", ['һ'] = "h", ['і'] = "i",

        // Tajik and Uzbek (ў is the Uzbek o', written o).
        ['ӣ'] = "i", ['ӯ'] = "u", ['ҳ'] = "h", ['ҷ'] = "j", ['ў'] = "o",
    }.ToFrozenDictionary();

    /// <summary>
    /// The folded key: Cyrillic romanised, lower case, no accents, no spaces or hyphens, romanisation variants merged,
    /// no doubled letters.
    /// </summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var plain = new StringBuilder(name.Length);
        foreach (var c in Romanise(name.Normalize(NormalizationForm.FormC).ToLowerInvariant()).Normalize(NormalizationForm.FormD))
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

    private static string Romanise(string lowerCase)
    {
        var latin = new StringBuilder(lowerCase.Length);
        foreach (var c in lowerCase)
        {
            if (Cyrillic.TryGetValue(c, out var letters))
            {
                latin.Append(letters);
            }
            else
            {
                latin.Append(c);
            }
        }

        return latin.ToString();
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
