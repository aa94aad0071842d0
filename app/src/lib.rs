//! DIGIFARM's user interface: routes, pages, components, server functions and the wire types
//! that server and browser share.
#![recursion_limit = "256"]

pub mod actions;
pub mod api;
pub mod components;
pub mod error;
pub mod i18n;
pub mod labels;
pub mod pages;
pub mod wire;

#[cfg(feature = "ssr")]
pub mod server;

use leptos::prelude::*;
use leptos_meta::{Link, MetaTags, Stylesheet, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, StaticSegment, path};

use crate::components::layout::Layout;
use crate::i18n::I18nContextProvider;
use crate::pages::account::AccountPage;
use crate::pages::auth::{ForgotPage, LoginPage, RegisterPage, ResetPage};
use crate::pages::confirm::{ConfirmPage, NoticePage};
use crate::pages::edit::EditProjectPage;
use crate::pages::moderation::ModerationPage;
use crate::pages::propose::ProposePage;
use crate::pages::review::ReviewPage;
use crate::pages::{
    catalogue::CataloguePage, home::HomePage, not_found::NotFound, project::ProjectPage,
    text::TextPage,
};
use crate::wire::TextKind;

/// Registers the service worker where the browser has one.
const SERVICE_WORKER: &str =
    "if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/sw.js'); }";

/// The HTML document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
                <script>{SERVICE_WORKER}</script>
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The app: translations, document head and the routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    mark_hydrated();
    view! {
        <I18nContextProvider>
            <Stylesheet id="leptos" href="/pkg/digifarm.css" />
            <Link rel="manifest" href="/manifest.webmanifest" />
            <Link rel="icon" href="/icons/icon-192.png" />
            <Link rel="apple-touch-icon" href="/icons/icon-192.png" />
            <Router>
                <Layout>
                    <Routes fallback=NotFound>
                        <Route path=StaticSegment("") view=HomePage ssr=SsrMode::Async />
                        <Route path=path!("/projekte") view=CataloguePage ssr=SsrMode::Async />
                        <Route path=path!("/projekte/:slug") view=ProjectPage ssr=SsrMode::Async />
                        <Route
                            path=path!("/projekte/:slug/bearbeiten")
                            view=EditProjectPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/projekte/:slug/paten")
                            view=pages::dashboard::DashboardPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/projekte/:slug/helfen/:need")
                            view=pages::help::HelpOfferPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/paten")
                            view=pages::partners::PartnersPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/mitmachen")
                            view=pages::join::JoinPage
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/konto/pate")
                            view=pages::partner_profile::PartnerProfilePage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/einreichen") view=ProposePage ssr=SsrMode::Async />
                        <Route path=path!("/registrieren") view=RegisterPage ssr=SsrMode::Async />
                        <Route path=path!("/anmelden") view=LoginPage ssr=SsrMode::Async />
                        <Route
                            path=path!("/passwort-vergessen")
                            view=ForgotPage
                            ssr=SsrMode::Async
                        />
                        <Route path=path!("/passwort-neu") view=ResetPage ssr=SsrMode::Async />
                        <Route path=path!("/bestaetigen") view=ConfirmPage ssr=SsrMode::Async />
                        <Route path=path!("/hinweis/:art") view=NoticePage ssr=SsrMode::Async />
                        <Route path=path!("/konto") view=AccountPage ssr=SsrMode::Async />
                        <Route path=path!("/moderation") view=ModerationPage ssr=SsrMode::Async />
                        <Route path=path!("/moderation/:id") view=ReviewPage ssr=SsrMode::Async />
                        <Route
                            path=path!("/ueber")
                            view=|| view! { <TextPage kind=TextKind::About /> }
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/impressum")
                            view=|| view! { <TextPage kind=TextKind::Imprint /> }
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/datenschutz")
                            view=|| view! { <TextPage kind=TextKind::Privacy /> }
                            ssr=SsrMode::Async
                        />
                        <Route
                            path=path!("/barrierefreiheit")
                            view=|| view! { <TextPage kind=TextKind::Accessibility /> }
                            ssr=SsrMode::Async
                        />
                    </Routes>
                </Layout>
            </Router>
        </I18nContextProvider>
    }
}

/// Marks `<body data-hydrated="true">` once the browser has taken over, so tests and styles
/// can tell a hydrated page from a server-rendered one.
fn mark_hydrated() {
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}
