//! Web addresses people type into forms: only http and https, with a host, stored normalised.

use url::Url;

use crate::problem::{Label, Problem};

/// Reads a repository address (B09): http or https, a host, and a path below it, so
/// `https://github.com/` alone is refused. Returns the normalised address (trimmed,
/// international host names in their ASCII form, umlauts in the path percent-encoded).
pub fn repository(raw: &str) -> Result<String, Problem> {
    let url = web(raw, Label::RepositoryUrl)?;
    if url.path().trim_matches('/').is_empty() {
        return Err(Problem::RepositoryWithoutPath);
    }
    Ok(url.to_string())
}

/// Reads an optional web address (project site): empty is fine, anything else must be http or
/// https with a host.
pub fn optional(raw: &str, label: Label) -> Result<Option<String>, Problem> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    web(raw, label).map(|url| Some(url.to_string()))
}

/// Parses `raw` as an absolute http(s) address with a host.
fn web(raw: &str, label: Label) -> Result<Url, Problem> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(Problem::UrlMissing(label));
    }
    let url = Url::parse(trimmed).map_err(|_| Problem::UrlNotWeb(label))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(Problem::UrlNotWeb(label));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Problem::UrlWithCredentials(label));
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b09_invalid_repository_addresses_are_refused() {
        for bad in [
            "github.com/musterstadt/app",
            "htps://github.com/a/b",
            "https://",
            "https://github.com/",
            "ftp://example.org/repo.git",
            "javascript:alert(1)",
            "  ",
            "https://user:pw@github.com/a/b",
        ] {
            assert!(repository(bad).is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn b09_self_hosted_and_umlaut_paths_are_accepted_normalised() {
        assert_eq!(
            repository(" https://gitlab.example.org/gruppe/projekt.git ").unwrap(),
            "https://gitlab.example.org/gruppe/projekt.git"
        );
        assert_eq!(
            repository("https://codeberg.org/musterstadt/mängelmelder").unwrap(),
            "https://codeberg.org/musterstadt/m%C3%A4ngelmelder"
        );
        assert_eq!(
            repository("https://Bürger.Example/app/x").unwrap(),
            "https://xn--brger-kva.example/app/x"
        );
    }

    #[test]
    fn an_empty_project_address_is_fine_but_a_wrong_one_is_not() {
        assert_eq!(optional("", Label::ProjectUrl).unwrap(), None);
        assert_eq!(
            optional("www.example.org", Label::ProjectUrl),
            Err(Problem::UrlNotWeb(Label::ProjectUrl))
        );
        assert_eq!(
            optional("https://example.org", Label::ProjectUrl).unwrap().as_deref(),
            Some("https://example.org/")
        );
    }
}
