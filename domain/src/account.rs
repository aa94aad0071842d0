//! The rules for accounts: names, e-mail addresses and passwords, each refusal a typed problem.

use crate::problem::{Label, Problem};

/// Shortest password, in characters.
pub const PASSWORD_MIN: usize = 8;
/// Longest password, in characters; longer ones only cost hashing time.
pub const PASSWORD_MAX: usize = 128;
/// Longest display name, in characters.
pub const PERSON_NAME_MAX: usize = 100;
/// Longest e-mail address (RFC 5321's path limit).
pub const EMAIL_MAX: usize = 254;

/// The leaked-list passwords that are refused, one a line (`#` starts a comment).
const COMMON_PASSWORDS: &str = include_str!("../data/common-passwords.txt");

/// Checks a person's or organisation's name as shown to others and used in mails. Names that
/// carry a web address are refused: bots put advertising there (B26).
pub fn check_person_name(label: Label, raw: &str) -> Result<String, Problem> {
    // Counted whole, so a refusal names the real length, not that of a cut copy.
    let visible = crate::displayable(raw, usize::MAX);
    let name = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::limits::check_length(label, &name, PERSON_NAME_MAX)?;
    let folded = name.to_lowercase();
    if ["http:", "https:", "www.", "://"].iter().any(|marker| folded.contains(marker)) {
        return Err(Problem::WebAddressInName(label));
    }
    Ok(name)
}

/// Reads an e-mail address: trimmed, lower-cased (so one person has one account), and with the
/// shape `name@domain.tld`. Deliverability is shown by the confirmation link, not guessed here.
pub fn normalise_email(raw: &str) -> Result<String, Problem> {
    let email = raw.trim().to_lowercase();
    if email.is_empty() {
        return Err(Problem::EmailMissing);
    }
    if email.chars().count() > EMAIL_MAX {
        return Err(Problem::EmailTooLong { max: EMAIL_MAX });
    }
    let well_formed = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"".contains(c))
        }
        None => false,
    };
    if !well_formed {
        return Err(Problem::EmailInvalid);
    }
    Ok(email)
}

/// Checks a new password: 8 to 128 characters, not one of the most common ones, not the
/// person's own e-mail address. Counts characters, so umlauts count once.
pub fn check_password(password: &str, email: &str) -> Result<(), Problem> {
    let count = password.chars().count();
    if count < PASSWORD_MIN {
        return Err(Problem::PasswordTooShort { min: PASSWORD_MIN, count });
    }
    if count > PASSWORD_MAX {
        return Err(Problem::PasswordTooLong { max: PASSWORD_MAX });
    }
    let lower = password.to_lowercase();
    if is_common(&lower) {
        return Err(Problem::PasswordCommon);
    }
    if !email.is_empty() && lower == email.trim().to_lowercase() {
        return Err(Problem::PasswordIsEmail);
    }
    Ok(())
}

/// Whether `lower` (already lower-cased) is on the list of common passwords.
fn is_common(lower: &str) -> bool {
    COMMON_PASSWORDS
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .any(|common| common == lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_counted_in_characters() {
        assert!(check_password("äöüäöüä", "").is_err(), "7 umlauts are too short");
        assert!(check_password("äöüäöüäö", "").is_ok(), "8 umlauts are enough");
        let long: String = "ä".repeat(129);
        assert_eq!(check_password(&long, "").unwrap_err(), Problem::PasswordTooLong { max: 128 });
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        assert_eq!(check_password("Passwort123", "").unwrap_err(), Problem::PasswordCommon);
        assert!(check_password("QWERTZ123", "").is_err());
        assert!(check_password("Baumkrone-im-Herbst", "").is_ok());
    }

    #[test]
    fn the_own_address_is_no_password() {
        assert!(check_password("erika@example.org", "Erika@Example.org").is_err());
    }

    #[test]
    fn emails_are_lower_cased_and_checked_for_shape() {
        assert_eq!(
            normalise_email("  Erika.Beispiel@Example.ORG ").unwrap(),
            "erika.beispiel@example.org"
        );
        for bad in
            ["", "erika", "erika@", "@example.org", "erika@example", "a b@example.org", "a@b@c.de"]
        {
            assert!(normalise_email(bad).is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn b08_a_long_name_is_refused_with_its_real_length() {
        let long = "A".repeat(500);
        let expected = Problem::TooLong { label: Label::YourName, max: 100, count: 500 };
        assert_eq!(check_person_name(Label::YourName, &long), Err(expected));
    }

    #[test]
    fn b26_names_with_web_addresses_are_refused() {
        let reason =
            check_person_name(Label::YourName, "Gewinne 1000 € jetzt: https://spam.example/x");
        assert_eq!(reason.unwrap_err(), Problem::WebAddressInName(Label::YourName));
        let name = check_person_name(Label::YourName, "  Erika  Beispiel ").unwrap();
        assert_eq!(name, "Erika Beispiel");
    }
}
