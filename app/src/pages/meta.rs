//! Title, description and link preview of a page.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;

use crate::api::get_site;

/// Sets `<title>`, the description and the OpenGraph tags. The site's name and public address
/// come from the instance; the preview image is the large app icon.
#[component]
pub fn PageMeta(title: String, description: String) -> impl IntoView {
    let site = OnceResource::new(get_site());
    let path = use_location().pathname;
    view! {
        <Suspense>
            {move || {
                let title = title.clone();
                let description = description.clone();
                Suspend::new(async move {
                    let site = site.await.ok()?;
                    let full = format!("{title} – {}", site.name);
                    let url = format!("{}{}", site.base_url, path.get_untracked());
                    let image = format!("{}/icons/icon-512.png", site.base_url);
                    Some(view! {
                        <Title text=full.clone() />
                        <Meta name="description" content=description.clone() />
                        <Meta property="og:type" content="website" />
                        <Meta property="og:site_name" content=site.name.clone() />
                        <Meta property="og:title" content=full />
                        <Meta property="og:description" content=description />
                        <Meta property="og:url" content=url.clone() />
                        <Meta property="og:image" content=image />
                        <Meta property="og:locale" content="de_DE" />
                        <leptos_meta::Link rel="canonical" href=url />
                    })
                })
            }}
        </Suspense>
    }
}
