//! Field lengths, counted in characters, checked by the application before any database write.
//!
//! SQLite ignores `VARCHAR(n)` and PostgreSQL counts characters too, so the application is the
//! one place that decides, with the same message on both engines.

use unicode_normalization::UnicodeNormalization;

use crate::problem::{Label, Problem};

/// Longest project name, in characters.
pub const NAME_MAX: usize = 200;
/// Longest teaser, in characters.
pub const TEASER_MAX: usize = 300;
/// Longest Markdown description, in characters.
pub const DESCRIPTION_MAX: usize = 20_000;

/// Checks that `value` is not blank and at most `max` characters long; names the problem of
/// the field labelled `label` otherwise.
pub fn check_length(label: Label, value: &str, max: usize) -> Result<(), Problem> {
    if value.trim().is_empty() {
        return Err(Problem::Blank(label));
    }
    // Counted as composed characters, so an `é` typed as `e` and an accent counts once.
    let count = value.nfc().count();
    if count > max {
        return Err(Problem::TooLong { label, max, count });
    }
    Ok(())
}

/// Reads a whole number as people type it: `5`, `1200` or `1.200` (dots only between groups
/// of three digits, so `2.5` is no whole number and never becomes 25).
pub fn whole(raw: &str) -> Option<u32> {
    let mut groups = raw.split('.');
    let first = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    let grouped = rest.iter().all(|g| g.len() == 3) && (rest.is_empty() || first.len() <= 3);
    if !grouped || raw.starts_with('+') {
        return None;
    }
    raw.replace('.', "").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_take_thousands_dots_but_no_decimals() {
        assert_eq!(whole("5"), Some(5));
        assert_eq!(whole("1.200"), Some(1200));
        assert_eq!(whole("10.000.000"), Some(10_000_000));
        for bad in ["2.5", "2,5", "-5", "+5", "1.20", "12.00.000", "", "viele", "1200.000.0"] {
            assert_eq!(whole(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn b08_limits_count_characters_not_bytes() {
        let umlauts = "ä".repeat(NAME_MAX);
        assert_eq!(umlauts.len(), 2 * NAME_MAX);
        assert!(check_length(Label::ProjectName, &umlauts, NAME_MAX).is_ok());
    }

    #[test]
    fn b08_one_character_too_many_is_refused_with_both_counts() {
        let long = "ü".repeat(NAME_MAX + 1);
        let err = check_length(Label::ProjectName, &long, NAME_MAX).unwrap_err();
        assert_eq!(err, Problem::TooLong { label: Label::ProjectName, max: 200, count: 201 });
    }

    #[test]
    fn b08_a_decomposed_accent_counts_as_one_character() {
        let decomposed = "e\u{301}".repeat(NAME_MAX);
        assert!(check_length(Label::ProjectName, &decomposed, NAME_MAX).is_ok());
    }

    #[test]
    fn blank_values_are_refused() {
        let err = check_length(Label::Teaser, "   ", 10).unwrap_err();
        assert_eq!(err, Problem::Blank(Label::Teaser));
    }
}
