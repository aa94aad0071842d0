//! What changed between two versions of a project's profile, field by field, as moderators
//! read it; long texts as a line diff.

use similar::{ChangeTag, TextDiff};

pub use crate::proposal::FieldChange;
use crate::proposal::ProposalForm;

/// The fields of the profile, with their German names, in form order.
fn fields(f: &ProposalForm) -> Vec<(&'static str, String)> {
    vec![
        ("Projektname", f.name.trim().to_string()),
        ("Kurzbeschreibung", f.teaser.trim().to_string()),
        ("Beschreibung", f.description.trim().to_string()),
        ("Kategorie", f.category.clone()),
        ("Art", f.kind.clone()),
        ("Status", f.status.clone()),
        ("Herkunft", f.origin.trim().to_string()),
        ("Start", f.start_month.trim().to_string()),
        ("Komplexität", f.complexity.clone()),
        ("Technologien", f.technologies.trim().to_string()),
        ("Lizenz", f.licence.trim().to_string()),
        ("Repository-URL", f.repository_url.trim().to_string()),
        ("Projekt-URL", f.project_url.trim().to_string()),
        ("Betriebsmodell", f.deployment.clone()),
        ("Laufende Kosten pro Jahr", f.yearly_costs.trim().to_string()),
        ("Stadtbezirke", f.districts.join(", ")),
    ]
}

/// The fields that differ between `old` and `new`.
pub fn diff(old: &ProposalForm, new: &ProposalForm) -> Vec<FieldChange> {
    fields(old)
        .into_iter()
        .zip(fields(new))
        .filter(|((_, a), (_, b))| a != b)
        .map(|((label, a), (_, b))| {
            if a.contains('\n') || b.contains('\n') {
                let (removed, added) = line_diff(&a, &b);
                FieldChange { label: label.into(), old: removed, new: added }
            } else {
                FieldChange { label: label.into(), old: a, new: b }
            }
        })
        .collect()
}

/// The removed and the added lines of a long text.
fn line_diff(old: &str, new: &str) -> (String, String) {
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    for change in TextDiff::from_lines(old, new).iter_all_changes() {
        let line = change.value().trim_end_matches('\n');
        match change.tag() {
            ChangeTag::Delete => removed.push(format!("- {line}")),
            ChangeTag::Insert => added.push(format!("+ {line}")),
            ChangeTag::Equal => {}
        }
    }
    (removed.join("\n"), added.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields_are_listed_and_long_texts_by_line() {
        let old = ProposalForm {
            name: "Mängelmelder".into(),
            description: "Zeile eins\nZeile zwei\n".into(),
            licence: "EUPL-1.2".into(),
            ..Default::default()
        };
        let mut new = old.clone();
        new.licence = "MIT".into();
        new.description = "Zeile eins\nZeile drei\n".into();
        let changes = diff(&old, &new);
        assert_eq!(changes.len(), 2);
        assert_eq!(changes[0].label, "Beschreibung");
        assert_eq!(changes[0].old, "- Zeile zwei");
        assert_eq!(changes[0].new, "+ Zeile drei");
        assert_eq!(
            changes[1],
            FieldChange { label: "Lizenz".into(), old: "EUPL-1.2".into(), new: "MIT".into() }
        );
    }
}
