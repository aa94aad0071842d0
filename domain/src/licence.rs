//! Licences as SPDX expressions: read leniently, shown in their current form, judged by OSI.

use spdx::{Expression, ParseMode};

use crate::problem::Problem;

/// A project's licence as the platform shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Licence {
    /// The current SPDX form (`GPL-3.0` becomes `GPL-3.0-only`), or the text as given when it
    /// is no SPDX expression at all.
    pub expression: String,
    /// Whether every licence in the expression is OSI-approved.
    pub open_source: bool,
}

/// Reads a licence field leniently: deprecated ids and imprecise names are accepted and put into
/// their current form. `None` for an empty field ("no licence found").
pub fn read(raw: &str) -> Option<Licence> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let canonical = match Expression::canonicalize(raw) {
        Ok(Some(fixed)) => fixed,
        Ok(None) => raw.to_string(),
        Err(_) => return Some(Licence { expression: raw.to_string(), open_source: false }),
    };
    let open_source = Expression::parse_mode(&canonical, ParseMode::LAX)
        .map(|expr| all_osi_approved(&expr))
        .unwrap_or(false);
    Some(Licence { expression: canonical, open_source })
}

/// The admission rule for a proposed project: the licence must be a valid SPDX expression whose
/// licences are all OSI-approved. Returns the expression in its current form, or why not (the
/// worded message names examples).
pub fn judge(raw: &str) -> Result<String, Problem> {
    let Some(licence) = read(raw) else {
        return Err(Problem::LicenceMissing);
    };
    if licence.open_source {
        return Ok(licence.expression);
    }
    let shown = crate::displayable(&licence.expression, 60);
    if Expression::parse_mode(&licence.expression, ParseMode::LAX).is_err() {
        return Err(Problem::LicenceNotSpdx { shown });
    }
    Err(Problem::LicenceNotOsi { shown })
}

/// True when the expression names at least one licence and each of them is OSI-approved.
fn all_osi_approved(expr: &Expression) -> bool {
    let mut any = false;
    for req in expr.requirements() {
        any = true;
        match req.req.license.id() {
            Some(id) if id.is_osi_approved() => {}
            _ => return false,
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deprecated_gpl_id_is_shown_in_current_form() {
        let l = read("GPL-3.0").unwrap();
        assert_eq!(l.expression, "GPL-3.0-only");
        assert!(l.open_source);
    }

    #[test]
    fn current_ids_stay_as_they_are() {
        for id in ["MIT", "Apache-2.0", "EUPL-1.2", "GPL-3.0-or-later", "MIT OR Apache-2.0"] {
            let l = read(id).unwrap();
            assert_eq!(l.expression, id);
            assert!(l.open_source, "{id} should count as open source");
        }
    }

    #[test]
    fn creative_commons_and_free_text_are_not_open_source() {
        assert!(!read("CC-BY-4.0").unwrap().open_source);
        let free = read("Proprietär").unwrap();
        assert_eq!(free.expression, "Proprietär");
        assert!(!free.open_source);
    }

    #[test]
    fn admission_accepts_osi_licences_and_explains_refusals() {
        for ok in ["MIT OR Apache-2.0", "EUPL-1.2", "GPL-3.0-or-later"] {
            assert_eq!(judge(ok).as_deref(), Ok(ok));
        }
        let cc = judge("CC-BY-4.0").unwrap_err();
        assert_eq!(cc, Problem::LicenceNotOsi { shown: "CC-BY-4.0".into() });
        let free = judge("Proprietär").unwrap_err();
        assert_eq!(free, Problem::LicenceNotSpdx { shown: "Proprietär".into() });
        assert_eq!(judge("  ").unwrap_err(), Problem::LicenceMissing);
    }

    #[test]
    fn empty_field_means_no_licence() {
        assert_eq!(read("   "), None);
    }
}
