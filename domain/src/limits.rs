//! Field lengths, counted in characters, checked by the application before any database write.
//!
//! SQLite ignores `VARCHAR(n)` and PostgreSQL counts characters too, so the application is the
//! one place that decides, with the same German message on both engines.

/// Longest project name, in characters.
pub const NAME_MAX: usize = 200;
/// Longest teaser, in characters.
pub const TEASER_MAX: usize = 300;
/// Longest Markdown description, in characters.
pub const DESCRIPTION_MAX: usize = 20_000;

/// Checks that `value` is not blank and at most `max` characters long; returns the German
/// message for the field labelled `label` otherwise.
pub fn check_length(label: &str, value: &str, max: usize) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err(format!("{label} darf nicht leer sein."));
    }
    let count = value.chars().count();
    if count > max {
        return Err(format!("{label} darf höchstens {max} Zeichen lang sein (jetzt {count})."));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b08_limits_count_characters_not_bytes() {
        let umlauts = "ä".repeat(NAME_MAX);
        assert_eq!(umlauts.len(), 2 * NAME_MAX);
        assert!(check_length("Name", &umlauts, NAME_MAX).is_ok());
    }

    #[test]
    fn b08_one_character_too_many_is_refused_in_german() {
        let long = "ü".repeat(NAME_MAX + 1);
        let err = check_length("Name", &long, NAME_MAX).unwrap_err();
        assert_eq!(err, "Name darf höchstens 200 Zeichen lang sein (jetzt 201).");
    }

    #[test]
    fn blank_values_are_refused() {
        assert_eq!(check_length("Teaser", "   ", 10).unwrap_err(), "Teaser darf nicht leer sein.");
    }
}
