//! The instance's name, its text pages and the texts the server sends outside any page.

use super::AppState;
use crate::i18n::{Locale, td_string};
use crate::wire::{OperatorView, SiteInfo, TextContent, TextKind};

/// The instance's name, city and public address.
pub fn info(state: &AppState) -> SiteInfo {
    SiteInfo {
        name: state.instance.name.clone(),
        city: state.instance.city.clone(),
        description: state.instance.description.clone(),
        base_url: state.base_url.clone(),
        theme_color: state.instance.theme_color.clone(),
    }
}

/// A text page from the instance file; the legal ones carry the operator's contact block.
pub fn text(state: &AppState, kind: TextKind) -> TextContent {
    let pages = &state.instance.pages;
    let markdown = match kind {
        TextKind::About => &pages.ueber,
        TextKind::Imprint => &pages.impressum,
        TextKind::Privacy => &pages.datenschutz,
        TextKind::Accessibility => &pages.barrierefreiheit,
    };
    let operator = (kind != TextKind::About).then(|| {
        let o = &state.instance.operator;
        OperatorView {
            name: o.name.clone(),
            represented_by: o.represented_by.clone(),
            unit: o.unit.clone(),
            street: o.street.clone(),
            town: o.town.clone(),
            phone: o.phone.clone(),
        }
    });
    TextContent { operator, html: domain::markdown::render_page(markdown) }
}

/// The page the service worker keeps for navigations while offline. It stands alone (inline
/// style, no script), as nothing else can be fetched when it is shown.
pub fn offline_page() -> String {
    let l = Locale::de;
    let title = td_string!(l, offline.title).to_string();
    plain_page(&title, td_string!(l, offline.text), td_string!(l, offline.retry))
}

/// The page a client gets after too many posts of one form (429), with the wait in minutes.
pub fn too_many_page(minutes: i64) -> String {
    let l = Locale::de;
    let title = td_string!(l, too_many.title).to_string();
    let text = td_string!(l, too_many.text, minutes = minutes).to_string();
    plain_page(&title, &text, td_string!(l, too_many.home))
}

/// A page of its own (no stylesheet, no script): a heading, a sentence and a link home. The
/// texts come from the translations, so they carry no markup that needs escaping.
fn plain_page(title: &str, text: &str, home: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{OFFLINE_STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>{title}</h1>\n<p>{text}</p>\n<p><a href=\"/\">{home}</a></p>\n</main>\n</body>\n\
         </html>\n",
        lang = leptos_i18n::Locale::as_str(Locale::de),
    )
}

/// The plain pages' look: the site's text and link colours, readable without the stylesheet.
const OFFLINE_STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:40rem;\
    margin:3rem auto;padding:0 1rem;color:#1b1f1d}a{color:#0b5d3b}";

/// Why a body over the size limit is refused before it is read.
pub fn body_too_big(max_mb: usize) -> String {
    td_string!(Locale::de, problem.request_too_big, max = max_mb).to_string()
}

/// Why a state-changing request from another site is refused.
pub fn cross_site_refused() -> String {
    td_string!(Locale::de, problem.cross_site).to_string()
}

/// Why a route refuses a request method (405).
pub fn method_not_allowed() -> String {
    td_string!(Locale::de, problem.method_not_allowed).to_string()
}

/// What a missing file or image answers (404); pages have their own 404 page.
pub fn not_found() -> String {
    td_string!(Locale::de, problem.not_found).to_string()
}

/// Why a form post that is no multipart form is refused.
pub fn needs_multipart() -> String {
    td_string!(Locale::de, problem.needs_multipart).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offline_page_is_german_and_leads_home() {
        let page = offline_page();
        assert!(page.contains("<html lang=\"de\">"), "{page}");
        assert!(page.contains("<h1>Keine Verbindung</h1>"), "{page}");
        assert!(page.contains("<a href=\"/\">Erneut versuchen</a>"), "{page}");
    }

    #[test]
    fn too_many_requests_say_how_long_to_wait() {
        let page = too_many_page(12);
        assert!(page.contains("<h1>Zu viele Versuche</h1>"), "{page}");
        assert!(page.contains("in 12 Minuten noch einmal"), "{page}");
    }
}
