//! The application form: what a proposer types, as typed, and the field errors it can get.
//!
//! The form is kept exactly as typed (all text) so that a form with errors comes back with
//! every value in place, and so that a "Rückfrage" shows the proposer their own words. The
//! checks that turn it into a profile live in [`crate::proposal_check`] (server only).

use serde::{Deserialize, Serialize};

use crate::Pillar;

/// The admission criteria the proposer confirms, by key; the server checks the licence itself.
pub const CRITERIA: &[&str] =
    &["digital", "laeuft", "datenschutz", "stadtbezug", "rechtskonform", "nichtkommerziell"];

/// What the proposer says about one pillar.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedInput {
    /// `offen` (a Pate is sought), `kein` (no need) or empty (not stated).
    pub choice: String,
    /// Short title of the need.
    pub title: String,
    /// What exactly is needed.
    pub text: String,
}

/// The whole application form as typed. Field names are the HTML names of the inputs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProposalForm {
    /// Project name.
    pub name: String,
    /// One or two sentences for the card.
    pub teaser: String,
    /// Long description, Markdown.
    pub description: String,
    /// Instance category key.
    pub category: String,
    /// `Kind` key.
    pub kind: String,
    /// `ProjectStatus` key.
    pub status: String,
    /// Where the project comes from.
    pub origin: String,
    /// `YYYY-MM`.
    pub start_month: String,
    /// `Complexity` key or empty.
    pub complexity: String,
    /// Technologies, separated by commas or lines.
    pub technologies: String,
    /// SPDX expression.
    pub licence: String,
    /// Source code address.
    pub repository_url: String,
    /// Address of the running project.
    pub project_url: String,
    /// `Deployment` key or empty.
    pub deployment: String,
    /// Yearly running costs in euros, as typed.
    pub yearly_costs: String,
    /// District keys.
    pub districts: Vec<String>,
    /// Key of the uploaded screenshot, once one passed the checks (kept through drafts).
    pub screenshot: String,
    /// Content need.
    pub need_inhalt: NeedInput,
    /// Technical need.
    pub need_technik: NeedInput,
    /// Financial need.
    pub need_finanzen: NeedInput,
    /// Proposer's name (asked only without an account).
    pub contact_name: String,
    /// Proposer's e-mail (asked only without an account).
    pub contact_email: String,
    /// Proposer's organisation, optional.
    pub contact_organisation: String,
    /// Consent to the privacy notice.
    pub privacy_consent: bool,
    /// Confirmed admission criteria, by key.
    pub criteria: Vec<String>,
}

impl ProposalForm {
    /// Builds the form from posted fields (`name=value` pairs, repeated names allowed), the
    /// same way for a plain HTML post and for one sent by the hydrated page.
    pub fn from_fields<'a>(fields: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut form = ProposalForm::default();
        for (key, value) in fields {
            form.set(key, value);
        }
        form
    }

    /// Sets one field from its HTML name; unknown names are ignored.
    fn set(&mut self, key: &str, value: &str) {
        let value = value.to_string();
        match key {
            "name" => self.name = value,
            "teaser" => self.teaser = value,
            "description" => self.description = value,
            "category" => self.category = value,
            "kind" => self.kind = value,
            "status" => self.status = value,
            "origin" => self.origin = value,
            "start_month" => self.start_month = value,
            "complexity" => self.complexity = value,
            "technologies" => self.technologies = value,
            "licence" => self.licence = value,
            "repository_url" => self.repository_url = value,
            "project_url" => self.project_url = value,
            "deployment" => self.deployment = value,
            "yearly_costs" => self.yearly_costs = value,
            "district" => self.districts.push(value),
            "screenshot_kept" => self.screenshot = value,
            "contact_name" => self.contact_name = value,
            "contact_email" => self.contact_email = value,
            "contact_organisation" => self.contact_organisation = value,
            "privacy_consent" => self.privacy_consent = !value.is_empty(),
            "criterion" => self.criteria.push(value),
            other => self.set_need(other, value),
        }
    }

    /// Sets `need_{pillar}`, `need_{pillar}_title` or `need_{pillar}_text`.
    fn set_need(&mut self, key: &str, value: String) {
        let Some(rest) = key.strip_prefix("need_") else { return };
        let (pillar, part) = rest.split_once('_').unwrap_or((rest, ""));
        let Some(pillar) = Pillar::from_key(pillar) else { return };
        let need = self.need_mut(pillar);
        match part {
            "" => need.choice = value,
            "title" => need.title = value,
            "text" => need.text = value,
            _ => {}
        }
    }

    /// The need input of one pillar.
    pub fn need(&self, pillar: Pillar) -> &NeedInput {
        match pillar {
            Pillar::Content => &self.need_inhalt,
            Pillar::Technical => &self.need_technik,
            Pillar::Financial => &self.need_finanzen,
        }
    }

    /// The need input of one pillar, to change.
    fn need_mut(&mut self, pillar: Pillar) -> &mut NeedInput {
        match pillar {
            Pillar::Content => &mut self.need_inhalt,
            Pillar::Technical => &mut self.need_technik,
            Pillar::Financial => &mut self.need_finanzen,
        }
    }
}

/// One field's German error message; `field` is the input's HTML id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The id of the input the message belongs to.
    pub field: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// One field that differs between two versions of a profile (see `proposal_diff`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    /// The field's name as the form labels it.
    pub label: String,
    /// The value before, or for a long text the removed lines (`- …`).
    pub old: String,
    /// The value after, or for a long text the added lines (`+ …`).
    pub new: String,
}

/// Looks up the message for `field` in a list of errors.
pub fn error_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a str> {
    errors.iter().find(|e| e.field == field).map(|e| e.message.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b20_repeated_fields_are_all_kept() {
        let form = ProposalForm::from_fields([
            ("name", "Mängelmelder"),
            ("district", "mitte"),
            ("district", "hiltrup"),
            ("criterion", "digital"),
            ("criterion", "laeuft"),
            ("need_technik", "offen"),
            ("need_technik_title", "Server-Betrieb"),
            ("privacy_consent", "ja"),
            ("unknown", "x"),
        ]);
        assert_eq!(form.name, "Mängelmelder");
        assert_eq!(form.districts, ["mitte", "hiltrup"]);
        assert_eq!(form.criteria, ["digital", "laeuft"]);
        assert_eq!(form.need(Pillar::Technical).title, "Server-Betrieb");
        assert_eq!(form.need(Pillar::Technical).choice, "offen");
        assert!(form.privacy_consent);
    }
}
