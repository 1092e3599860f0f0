using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Halsoportal.Search.Documents;

/// <summary>Turns a <see cref="SearchDocument"/> into the Lucene document the schema describes.</summary>
internal static class SearchDocumentMapper
{
    private const int MaxIdLength = 200;

    /// <summary>Indexed with positions and offsets (snippets read offsets), stored.</summary>
    private static readonly FieldType StoredTextWithOffsets = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    /// <summary>Folded twins: offsets for highlighting, the text itself lives in the main field.</summary>
    private static readonly FieldType TextWithOffsets = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    /// <summary>Whole words (no compound parts): only a scoring bonus, so no positions.</summary>
    private static readonly FieldType TextWithFrequencies = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    /// <summary>Spelling dictionary and autocomplete grams: presence is enough.</summary>
    private static readonly FieldType TextDocsOnly = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    private static readonly FieldType SpellingType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    /// <summary>The update key: one Lucene document per item, language and reading level.</summary>
    public static string KeyOf(SearchDocument document) =>
        $"{document.Id}|{NormaliseLanguage(document.Language)}|{(document.IsEasyRead ? SearchFields.EasyReadYes : SearchFields.EasyReadNo)}";

    /// <summary>Throws <see cref="ArgumentException"/> when the document cannot be indexed.</summary>
    public static void Validate(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Id) || document.Id.Length > MaxIdLength)
        {
            throw new ArgumentException($"A search document needs an id of 1–{MaxIdLength} characters.", nameof(document));
        }

        if (string.IsNullOrWhiteSpace(document.Url))
        {
            throw new ArgumentException($"Search document {document.Id} has no URL.", nameof(document));
        }

        if (string.IsNullOrWhiteSpace(document.Language) || document.Language.Length > 16)
        {
            throw new ArgumentException($"Search document {document.Id} has no valid language code.", nameof(document));
        }

        _ = document.Type.ToValue();
    }

    public static Document ToLucene(SearchDocument document)
    {
        Validate(document);
        var title = Clean(document.Title);
        var ingress = Clean(document.Ingress);
        var body = Clean(document.Body);
        var type = document.Type.ToValue();

        var doc = new Document
        {
            new StringField(SearchFields.Id, document.Id, Field.Store.YES),
            new StringField(SearchFields.Key, KeyOf(document), Field.Store.NO),
            new StringField(SearchFields.Type, type, Field.Store.YES),
            new SortedSetDocValuesField(SearchFields.FacetType, new BytesRef(type)),
            new StringField(SearchFields.Language, NormaliseLanguage(document.Language), Field.Store.YES),
            new StringField(SearchFields.EasyRead, document.IsEasyRead ? SearchFields.EasyReadYes : SearchFields.EasyReadNo, Field.Store.YES),
            new StoredField(SearchFields.Url, document.Url),
            new StoredField(SearchFields.Updated, document.Updated.ToUnixTimeMilliseconds()),
            new NumericDocValuesField(SearchFields.Updated, document.Updated.ToUnixTimeMilliseconds()),
            new NumericDocValuesField(SearchFields.ScopeLevel, (long)document.ScopeLevel),

            new Field(SearchFields.Title, title, StoredTextWithOffsets),
            new Field(SearchFields.Ingress, ingress, StoredTextWithOffsets),
            new Field(SearchFields.Body, body, StoredTextWithOffsets),
            new Field(SearchFields.TitleFolded, title, TextWithOffsets),
            new Field(SearchFields.IngressFolded, ingress, TextWithOffsets),
            new Field(SearchFields.BodyFolded, body, TextWithOffsets),
            new Field(SearchFields.Autocomplete, title, TextDocsOnly),
            new Field(SearchFields.AutocompleteFolded, title, TextDocsOnly),
        };

        foreach (var text in new[] { title, ingress, body })
        {
            doc.Add(new Field(SearchFields.WholeWords, text, TextWithFrequencies));
            doc.Add(new Field(SearchFields.Spelling, text, SpellingType));
        }

        switch (document.ScopeLevel)
        {
            case SearchScopeLevel.Kommun:
                foreach (var code in Distinct(document.KommunCodes))
                {
                    doc.Add(new StringField(SearchFields.Kommun, code, Field.Store.YES));
                    doc.Add(new SortedSetDocValuesField(SearchFields.FacetKommun, new BytesRef(code)));
                    doc.Add(new StringField(SearchFields.Scope, SearchFields.KommunScope(code), Field.Store.NO));
                }

                break;
            case SearchScopeLevel.Region:
                doc.Add(new StringField(SearchFields.Scope, SearchFields.RegionScope(document.RegionCode!.Trim()), Field.Store.NO));
                break;
            default:
                doc.Add(new StringField(SearchFields.Scope, SearchFields.NationalScope, Field.Store.NO));
                break;
        }

        if (!string.IsNullOrWhiteSpace(document.RegionCode))
        {
            doc.Add(new StringField(SearchFields.Region, document.RegionCode.Trim(), Field.Store.YES));
        }

        foreach (var topic in Distinct(document.Topics))
        {
            doc.Add(new StringField(SearchFields.Topic, topic, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(SearchFields.FacetTopic, new BytesRef(topic)));
        }

        foreach (var situation in Distinct(document.LifeSituations))
        {
            doc.Add(new StringField(SearchFields.LifeSituation, situation, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(SearchFields.FacetLifeSituation, new BytesRef(situation)));
        }

        return doc;
    }

    public static string NormaliseLanguage(string language) => language.Trim().ToLowerInvariant();

    /// <summary>
    /// NFC (so "ä" typed as a + combining diaeresis is the letter ä) and no control characters;
    /// snippet offsets refer to this cleaned text, which is also what is stored.
    /// </summary>
    internal static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                // A lone surrogate is not text; it would also make Normalize throw.
            }
            else if (char.IsControl(c))
            {
                builder.Append(c is '\n' or '\r' or '\t' ? c : ' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static IEnumerable<string> Distinct(IEnumerable<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal);

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
