//! What changed between two versions of a project's profile, field by field, as moderators
//! read it; long texts as a line diff. Fields are named by their form keys; the app words them.

use similar::{ChangeTag, TextDiff};

use crate::proposal::ProposalForm;

/// One field that differs between two versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The field's key in the application form, e.g. `licence`.
    pub field: &'static str,
    /// The value before, or for a long text the removed lines (`- …`).
    pub old: String,
    /// The value after, or for a long text the added lines (`+ …`).
    pub new: String,
}

/// The fields of the profile by their form keys, in form order.
fn fields(f: &ProposalForm) -> Vec<(&'static str, String)> {
    vec![
        ("name", f.name.trim().to_string()),
        ("teaser", f.teaser.trim().to_string()),
        ("description", f.description.trim().to_string()),
        ("category", f.category.clone()),
        ("kind", f.kind.clone()),
        ("status", f.status.clone()),
        ("origin", f.origin.trim().to_string()),
        ("start_month", f.start_month.trim().to_string()),
        ("complexity", f.complexity.clone()),
        ("technologies", f.technologies.trim().to_string()),
        ("licence", f.licence.trim().to_string()),
        ("repository_url", f.repository_url.trim().to_string()),
        ("project_url", f.project_url.trim().to_string()),
        ("deployment", f.deployment.clone()),
        ("yearly_costs", f.yearly_costs.trim().to_string()),
        ("district", f.districts.join(", ")),
    ]
}

/// The fields that differ between `old` and `new`.
pub fn diff(old: &ProposalForm, new: &ProposalForm) -> Vec<Change> {
    fields(old)
        .into_iter()
        .zip(fields(new))
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, a), (_, b))| {
            if a.contains('\n') || b.contains('\n') {
                let (removed, added) = line_diff(&a, &b);
                Change { field, old: removed, new: added }
            } else {
                Change { field, old: a, new: b }
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
        assert_eq!(changes[0].field, "description");
        assert_eq!(changes[0].old, "- Zeile zwei");
        assert_eq!(changes[0].new, "+ Zeile drei");
        assert_eq!(
            changes[1],
            Change { field: "licence", old: "EUPL-1.2".into(), new: "MIT".into() }
        );
    }
}
