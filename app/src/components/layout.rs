//! The frame of every page: skip link, header with navigation, main landmark, footer.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{get_me, get_site};
use crate::error::AppError;
use crate::i18n::*;
use crate::wire::SiteInfo;

/// The instance's name and address, loaded once per page (see [`Layout`]).
#[derive(Clone, Copy)]
pub struct SiteResource(pub OnceResource<Result<SiteInfo, AppError>>);

/// The shared site resource, or a new one outside the layout.
pub fn use_site() -> OnceResource<Result<SiteInfo, AppError>> {
    use_context::<SiteResource>().map_or_else(|| OnceResource::new(get_site()), |s| s.0)
}

/// Header, `<main id="inhalt">` around the page, and footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    // Fetched once per page and shared: the header, the page's meta tags and the home page
    // all read it.
    let site = OnceResource::new(get_site());
    provide_context(SiteResource(site));
    let site_name = move || {
        site.get().and_then(Result::ok).map(|s| s.name).unwrap_or_else(|| "DIGIFARM".into())
    };
    view! {
        // rel="external": the browser's own fragment jump moves focus into <main>; the router's
        // client-side navigation would only change the URL.
        <a class="skip-link" href="#inhalt" rel="external">
            {t!(i18n, layout.skip_link)}
        </a>
        <header class="site-header">
            <div class="wrap header-row">
                <a class="brand" href="/">
                    <Suspense fallback=|| "DIGIFARM">{site_name}</Suspense>
                </a>
                <nav aria-label=move || td_string!(crate::i18n::locale(), layout.main_nav)>
                    <ul class="nav-list">
                        <li>
                            <A href="/projekte">{t!(i18n, layout.nav_projects)}</A>
                        </li>
                        <li>
                            <A href="/mitmachen">{t!(i18n, layout.nav_join)}</A>
                        </li>
                        <li>
                            <A href="/paten">{t!(i18n, layout.nav_partners)}</A>
                        </li>
                        <li>
                            <A href="/einreichen">{t!(i18n, layout.nav_propose)}</A>
                        </li>
                        <li>
                            <A href="/ueber">{t!(i18n, layout.nav_about)}</A>
                        </li>
                        <UserMenu />
                    </ul>
                </nav>
            </div>
        </header>
        <main id="inhalt" class="wrap" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <nav aria-label=move || td_string!(crate::i18n::locale(), layout.footer_nav)>
                    <ul class="nav-list">
                        <li>
                            <A href="/impressum">{t!(i18n, layout.imprint)}</A>
                        </li>
                        <li>
                            <A href="/datenschutz">{t!(i18n, layout.privacy)}</A>
                        </li>
                        <li>
                            <A href="/barrierefreiheit">{t!(i18n, layout.accessibility)}</A>
                        </li>
                    </ul>
                </nav>
                <p class="muted">{t!(i18n, layout.licence_note)}</p>
            </div>
        </footer>
    }
}

/// Log-in link, or the account, moderation and log-out for the person logged in.
#[component]
fn UserMenu() -> impl IntoView {
    let i18n = use_i18n();
    let me = Resource::new(|| (), |()| get_me());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match me.await.ok().flatten() {
                    None => {
                        view! {
                            <li>
                                <A href="/anmelden">{t!(i18n, layout.login)}</A>
                            </li>
                        }
                            .into_any()
                    }
                    Some(me) => {
                        view! {
                            {me
                                .moderates()
                                .then(|| {
                                    view! {
                                        <li>
                                            <A href="/moderation">{t!(i18n, layout.moderation)}</A>
                                        </li>
                                    }
                                })}
                            <li>
                                <A href="/konto">{t!(i18n, layout.account)}</A>
                            </li>
                            <li>
                                <form method="post" action="/api/abmelden" class="inline-form">
                                    <button type="submit" class="link-button">
                                        {t!(i18n, layout.logout)}
                                    </button>
                                </form>
                            </li>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
