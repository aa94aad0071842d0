//! The instance file: everything that makes this installation Münster's (or another city's).

use serde::Deserialize;

/// One city's installation: its name, operator, vocabulary of places and topics, legal texts.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instance {
    /// Full name, e.g. "DIGIFARM Münster".
    pub name: String,
    /// Short name for the home screen of a phone.
    pub short_name: String,
    /// The city the platform serves.
    pub city: String,
    /// One sentence for search engines and link previews.
    pub description: String,
    /// Colour of the browser chrome, `#rrggbb`.
    pub theme_color: String,
    /// Background of the splash screen, `#rrggbb`.
    pub background_color: String,
    /// Who runs the platform, as the Impressum names them.
    pub operator: Operator,
    /// Topics projects are filed under.
    pub categories: Vec<Term>,
    /// Places a project serves: the city's districts plus city-wide and transferable.
    pub districts: Vec<Term>,
    /// The place a project serves when its seed names none.
    pub default_district: String,
    /// Legal and explanatory pages, in Markdown.
    pub pages: Pages,
}

/// The operator of the platform (a public body or association, never a private person).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Operator {
    /// Legal name.
    pub name: String,
    /// Who represents the operator.
    pub represented_by: String,
    /// The unit that answers questions.
    pub unit: String,
    /// Street and number.
    pub street: String,
    /// Postcode and town.
    pub town: String,
    /// Functional contact address of the unit (never a person's own address). It is used
    /// for mail to the operator and never shown on a public page.
    pub email: String,
    /// Telephone number.
    pub phone: String,
}

/// A stable key with the name people read.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Stable key used in URLs and the database.
    pub key: String,
    /// Display name.
    pub name: String,
}

/// The pages whose text the operator writes.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pages {
    /// What the platform is for (`/ueber`).
    pub ueber: String,
    /// Legal notice (`/impressum`).
    pub impressum: String,
    /// Privacy notice (`/datenschutz`).
    pub datenschutz: String,
    /// Accessibility statement (`/barrierefreiheit`).
    pub barrierefreiheit: String,
}

/// Why an instance file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum InstanceError {
    /// The TOML is malformed or misses a field.
    #[error("Instanzdatei ist ungültig: {0}")]
    Syntax(#[from] toml::de::Error),
    /// The content contradicts itself.
    #[error("Instanzdatei ist ungültig: {0}")]
    Content(String),
}

impl Instance {
    /// Parses and checks an instance file's text.
    pub fn parse(text: &str) -> Result<Self, InstanceError> {
        let instance: Instance = toml::from_str(text)?;
        if instance.categories.is_empty() || instance.districts.is_empty() {
            return Err(InstanceError::Content(
                "Kategorien und Bezirke dürfen nicht fehlen".into(),
            ));
        }
        if instance.district(&instance.default_district).is_none() {
            return Err(InstanceError::Content(format!(
                "default_district „{}“ steht nicht unter districts",
                instance.default_district
            )));
        }
        Ok(instance)
    }

    /// The category with this key.
    pub fn category(&self, key: &str) -> Option<&Term> {
        self.categories.iter().find(|t| t.key == key)
    }

    /// The district (or city-wide/transferable place) with this key.
    pub fn district(&self, key: &str) -> Option<&Term> {
        self.districts.iter().find(|t| t.key == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_muenster_instance_parses() {
        let text = include_str!("../../instance/muenster.toml");
        let instance = Instance::parse(text).unwrap();
        assert_eq!(instance.city, "Münster");
        assert_eq!(instance.categories.len(), 8);
        for key in ["mitte", "nord", "ost", "west", "sued-ost", "hiltrup", "gesamtstaedtisch"] {
            assert!(instance.district(key).is_some(), "district {key} missing");
        }
        assert!(!instance.pages.impressum.trim().is_empty());
    }

    #[test]
    fn an_unknown_default_district_is_refused() {
        let text = include_str!("../../instance/muenster.toml")
            .replace("default_district = \"gesamtstaedtisch\"", "default_district = \"mond\"");
        let err = Instance::parse(&text).unwrap_err();
        assert!(err.to_string().contains("mond"), "{err}");
    }
}
