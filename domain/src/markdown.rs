//! Project descriptions: Markdown rendered on the server and cleaned with an allow-list.

use std::collections::HashSet;

use pulldown_cmark::{Event, Options, Parser, html};

/// Renders Markdown to HTML that is safe to put into a page: raw HTML is shown as text, only
/// `http` and `https` links survive (no `mailto`: no e-mail address is linked on a public
/// page), and every link gets `rel="noopener noreferrer nofollow"`.
pub fn render(markdown: &str) -> String {
    to_html(markdown, Options::empty(), cleaner())
}

/// Renders the operator's own page texts: like [`render`], but headings may carry an anchor
/// (`## Titel {#anker}`) so other pages can link to a section. User content never gets ids,
/// which could clobber names the page's scripts rely on.
pub fn render_page(markdown: &str) -> String {
    let mut builder = cleaner();
    builder.add_tag_attributes("h2", ["id"]).add_tag_attributes("h3", ["id"]);
    to_html(markdown, Options::ENABLE_HEADING_ATTRIBUTES, builder)
}

/// Parses with the common extensions plus `extra`, turns raw HTML into text, cleans.
fn to_html(markdown: &str, extra: Options, cleaner: ammonia::Builder<'static>) -> String {
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | extra;
    // Raw HTML becomes text before rendering, so it can never be interpreted.
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events);
    cleaner.clean(&unsafe_html).to_string()
}

/// The allow-list: ammonia's defaults without images, narrowed to two URL schemes.
fn cleaner() -> ammonia::Builder<'static> {
    let mut builder = ammonia::Builder::default();
    builder
        .url_schemes(HashSet::from(["http", "https"]))
        .rm_tags(["img"])
        .link_rel(Some("noopener noreferrer nofollow"));
    builder
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn javascript_links_lose_their_target() {
        let html = render("[klick](javascript:alert(1))");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("klick"));
    }

    #[test]
    fn raw_html_is_shown_as_text_not_run() {
        let html = render("Hallo <script>alert(1)</script> <b onclick=x>fett</b>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn safe_links_keep_working_with_rel() {
        let html = render("[Quellcode](https://github.com/codeformuenster/busradar)");
        assert!(html.contains(r#"href="https://github.com/codeformuenster/busradar""#), "{html}");
        assert!(html.contains("noopener"), "{html}");
        let mail = render("<team@example.org> und [hier](mailto:team@example.org)");
        assert!(!mail.contains("mailto:"), "{mail}");
    }

    #[test]
    fn page_headings_keep_their_anchor_but_descriptions_do_not() {
        let page = render_page("## Projekte einreichen {#projekt-vorschlagen}");
        assert!(page.contains(r#"<h2 id="projekt-vorschlagen">"#), "{page}");
        let user = render("## Titel {#main}");
        assert!(!user.contains("id="), "{user}");
    }

    #[test]
    fn b18_block_markup_ends_up_as_valid_nesting() {
        let html = render("Ein Absatz\n\n- Punkt\n- Punkt\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        assert!(html.contains("<p>Ein Absatz</p>"), "{html}");
        assert!(html.contains("<ul>"), "{html}");
        assert!(html.contains("<tbody>"), "{html}");
    }
}
