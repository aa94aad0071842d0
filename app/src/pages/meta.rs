//! Title, description and link preview of a page.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Sets `<title>`, the description, the canonical address and the OpenGraph tags. The site's
/// name and public address come from the instance; the preview image is the large app icon.
/// `canonical` is the page's one address (path and query); `None` leaves it out (error pages).
#[component]
pub fn PageMeta(
    title: String,
    description: String,
    #[prop(optional)] canonical: Option<String>,
) -> impl IntoView {
    let site = crate::components::layout::use_site();
    view! {
        <Suspense>
            {move || {
                let title = title.clone();
                let description = description.clone();
                let canonical = canonical.clone();
                Suspend::new(async move {
                    let site = site.await.ok()?;
                    let full = format!("{title} – {}", site.name);
                    let url = canonical.map(|c| format!("{}{c}", site.base_url));
                    let image = format!("{}/icons/icon-512.png", site.base_url);
                    Some(
                        view! {
                            <Title formatter=escape_on_server text=full.clone() />
                            <Meta name="description" content=description.clone() />
                            <Meta name="theme-color" content=site.theme_color.clone() />
                            <Meta property="og:type" content="website" />
                            <Meta property="og:site_name" content=site.name.clone() />
                            <Meta property="og:title" content=full />
                            <Meta property="og:description" content=description />
                            {url.clone().map(|u| view! { <Meta property="og:url" content=u /> })}
                            <Meta property="og:image" content=image />
                            <Meta property="og:locale" content="de_DE" />
                            {url.map(|u| view! { <leptos_meta::Link rel="canonical" href=u /> })}
                        },
                    )
                })
            }}
        </Suspense>
    }
}

/// Escapes the title for the server-rendered `<title>`, which leptos_meta 0.8 writes without
/// escaping (B06: a search for `</title><script>` would otherwise become markup). In the
/// browser the text goes to `document.title` as it is, so there it stays unchanged.
fn escape_on_server(text: String) -> String {
    if cfg!(feature = "ssr") {
        text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    } else {
        text
    }
}
