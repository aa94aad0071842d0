//! German text folding: one function serves slugs and search alike.
//!
//! Folding makes `Bäume`, `BAEUME`, `baeume` and a decomposed `Ba\u{308}ume` equal, so a search
//! never depends on how the visitor typed an umlaut or on the database's collation.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds text for comparison: NFKC (so a fullwidth `Ｂ` is a `B`), invisible format characters
/// (zero-width spaces and joiners, soft hyphens, direction marks) dropped, lower case,
/// `ä→ae`, `ö→oe`, `ü→ue`, `ß`/`ẞ→ss`, other accents dropped (`é→e`). Punctuation and
/// spacing are kept as they are.
pub fn fold(input: &str) -> String {
    // ASCII is its own NFKC form and holds no invisible characters: lower case is all.
    if input.is_ascii() {
        return input.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(input.len() + 8);
    for c in input.nfkc() {
        match c {
            c if is_invisible(c) => {}
            'ä' | 'Ä' => out.push_str("ae"),
            'ö' | 'Ö' => out.push_str("oe"),
            'ü' | 'Ü' => out.push_str("ue"),
            'ß' | 'ẞ' => out.push_str("ss"),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => push_without_accents(c, &mut out),
        }
    }
    out
}

/// Characters that change nothing a reader sees: zero-width space, joiners, soft hyphen,
/// word joiner, byte-order mark and the bidirectional controls.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Text as it may be shown back to the visitor: invisible and control characters removed,
/// at most `max` characters. Used where a search term is echoed in the page.
pub fn displayable(input: &str, max: usize) -> String {
    input.chars().filter(|c| !c.is_control() && !is_invisible(*c)).take(max).collect()
}

/// Lower-cases a non-ASCII character and drops its combining accents (`É` becomes `e`).
fn push_without_accents(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        out.extend(lower.to_string().nfd().filter(|m| !is_combining_mark(*m)));
    }
}

/// Turns a project name into its URL slug: folded, ASCII letters and digits, words joined by
/// single hyphens. Returns `projekt` for a name with no letters or digits at all.
pub fn slugify(name: &str) -> String {
    let folded = fold(name);
    let mut slug = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("projekt");
    }
    slug
}

/// Splits a search query into folded words, as [`words`] does for the indexed text.
pub fn search_terms(query: &str) -> Vec<String> {
    words(query)
}

/// The words of a text as the search index and its queries see them: folded, and split at
/// every character that is neither letter nor digit (`Open-Data` gives `open`, `data`).
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_of_a_german_title_transliterates_umlauts_and_sharp_s() {
        assert_eq!(
            slugify("Grüne Straßenbäume für Köln – 2025!"),
            "gruene-strassenbaeume-fuer-koeln-2025"
        );
    }

    #[test]
    fn b04_slug_of_decomposed_input_equals_composed() {
        let composed = "Grüne Straßenbäume für Köln – Bürgerbeteiligung 2025!";
        let decomposed: String = composed.nfd().collect();
        assert_ne!(composed, decomposed);
        assert_eq!(slugify(&decomposed), slugify(composed));
        assert_eq!(slugify(composed), "gruene-strassenbaeume-fuer-koeln-buergerbeteiligung-2025");
    }

    #[test]
    fn b04_capital_umlauts_at_word_start_become_lower_case_pairs() {
        assert_eq!(slugify("Ärger über Öffnungszeiten"), "aerger-ueber-oeffnungszeiten");
    }

    #[test]
    fn capital_sharp_s_folds_like_small_one() {
        assert_eq!(fold("STRAẞE"), fold("straße"));
        assert_eq!(fold("STRAẞE"), "strasse");
    }

    #[test]
    fn b01_folding_is_unicode_aware_for_case() {
        assert_eq!(fold("ÖKOLOGISCH"), fold("ökologisch"));
        assert_eq!(fold("ÜBERSCHWEMMUNGSKARTE"), "ueberschwemmungskarte");
        assert_eq!(fold("Ämter"), "aemter");
    }

    #[test]
    fn invisible_and_fullwidth_characters_do_not_break_a_search() {
        for typed in
            ["Bä\u{200B}ume", "Bä\u{00AD}ume", "B\u{200D}äume", "\u{FF22}äume", "\u{202E}Bäume"]
        {
            assert_eq!(fold(typed), "baeume", "{typed:?}");
        }
    }

    #[test]
    fn echoed_text_loses_controls_and_is_capped() {
        assert_eq!(displayable("\u{202E}abc\u{0}d", 10), "abcd");
        assert_eq!(displayable("abcdef", 3), "abc");
    }

    #[test]
    fn other_accents_are_dropped() {
        assert_eq!(fold("Café Crème"), "cafe creme");
    }

    #[test]
    fn slug_never_empty_and_has_no_edge_hyphens() {
        assert_eq!(slugify("!!!"), "projekt");
        assert_eq!(slugify("  -Leezenflow-  "), "leezenflow");
        assert_eq!(slugify("climate|MS"), "climate-ms");
    }

    #[test]
    fn search_terms_fold_and_split() {
        assert_eq!(search_terms("  Bäume,  GIEßEN! "), vec!["baeume", "giessen"]);
        assert!(search_terms(" ... ").is_empty());
        assert_eq!(
            words("Open-Data-Portal: Straßenbäume/2025"),
            ["open", "data", "portal", "strassenbaeume", "2025"]
        );
    }
}
