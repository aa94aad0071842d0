//! `/projekte/{slug}`: a project's whole profile and its needs by pillar.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::get_project;
use crate::components::form::PostOutcome;
use crate::components::pillars::summary_class;
use crate::components::problem::Problem;
use crate::error::AppError;
use crate::i18n::*;
use crate::labels;
use crate::pages::meta::PageMeta;
use crate::pages::not_found::NotFound;
use crate::pages::project_facts::Facts;
use crate::wire::{PillarView, ProjectDetail};

/// The project page; an unknown slug gives the 404 page.
#[component]
pub fn ProjectPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let project = Resource::new(slug, get_project);
    view! {
        <PostOutcome />
        <EditLink />
        <Suspense>
            {move || Suspend::new(async move {
                match project.await {
                    Ok(p) => view! { <Profile p /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! { <Problem error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The profile with its page title and link preview.
#[component]
fn Profile(p: ProjectDetail) -> impl IntoView {
    view! {
        <PageMeta
            title=p.name.clone()
            description=p.teaser.clone()
            canonical=crate::wire::project_path(&p.slug)
        />
        <ProfileBody p />
    }
}

/// The profile itself, also shown to moderators as the preview of a submission.
#[component]
pub fn ProfileBody(
    p: ProjectDetail,
    /// Inside another page (the moderators' preview): the name is no page heading then.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let pillars = p.pillars.clone();
    let help_slug = (!nested).then(|| p.slug.clone());
    let screenshot = p.screenshot_url.clone().map(|src| {
        let alt = td_string!(crate::i18n::locale(), project.screenshot_alt, name = p.name.clone())
            .to_string();
        view! { <img class="screenshot" src=src alt=alt width="800" height="500" /> }
    });
    view! {
        <article class="project">
            <header>
                <p class="card-meta">
                    <span class="tag">{p.category.clone()}</span>
                    " · "
                    <span class="status">{labels::status(p.status)}</span>
                </p>
                {if nested {
                    view! { <h3 class="project-name">{p.name.clone()}</h3> }.into_any()
                } else {
                    view! { <h1>{p.name.clone()}</h1> }.into_any()
                }}
                <p class="lead">{p.teaser.clone()}</p>
            </header>
            {screenshot}
            <div class="project-grid">
                <section aria-labelledby="about-title" class="project-text">
                    <h2 id="about-title">{t!(i18n, project.description)}</h2>
                    <div class="prose" inner_html=p.description_html.clone()></div>
                </section>
                <Facts p=p.clone() />
            </div>
            <section aria-labelledby="needs-title">
                <h2 id="needs-title">{t!(i18n, project.needs_title)}</h2>
                <div class="pillar-grid">
                    {pillars
                        .into_iter()
                        .map(|view| view! { <Pillar view slug=help_slug.clone() /> })
                        .collect_view()}
                </div>
            </section>
        </article>
    }
}

/// One pillar: its summary and each need with its state, its details and its Pate, and for
/// an open need on a published project the way to offer help.
#[component]
fn Pillar(view: PillarView, slug: Option<String>) -> impl IntoView {
    let heading = format!("pillar-{}", view.pillar.key());
    let labelled_by = heading.clone();
    let class = format!("pillar-box pillar-{}", summary_class(view.summary));
    view! {
        <section class=class aria-labelledby=labelled_by data-pillar=view.pillar.key()>
            <h3 id=heading>{labels::pillar(view.pillar)}</h3>
            <p class="pillar-state">{labels::summary(view.summary)}</p>
            <ul class="needs">
                {view
                    .needs
                    .into_iter()
                    .map(|need| view! { <NeedItem need slug=slug.clone() /> })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// One need on the project page.
#[component]
fn NeedItem(need: crate::wire::NeedView, slug: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let pate = need.pate.clone().map(|name| {
        view! { <p class="pate">{t!(i18n, project.pate)} " " {name}</p> }
    });
    let unnamed =
        need.pate_unnamed.then(|| view! { <p class="pate">{t!(i18n, exchange.unnamed)}</p> });
    let mut details = Vec::new();
    if !need.skills.is_empty() {
        details.push(need.skills.join(", "));
    }
    details.extend(need.effort.clone());
    let help = slug.filter(|_| need.state == domain::NeedState::Open && need.id > 0).map(|slug| {
        let href = format!("/projekte/{slug}/helfen/{}", need.id);
        view! {
            <p>
                <a class="button button-small" href=href>
                    {t!(i18n, exchange.help)}
                </a>
            </p>
        }
    });
    view! {
        <li class="need" data-state=need.state.key() data-need=need.id>
            <p>
                <strong>{need.title}</strong>
                " "
                <span class="badge">{labels::need_state(need.state)}</span>
                {need
                    .newcomer
                    .then(|| {
                        view! {
                            " "
                            <span class="badge badge-newcomer">
                                {t!(i18n, exchange.newcomer_badge)}
                            </span>
                        }
                    })}
            </p>
            <p>{need.description}</p>
            {(!details.is_empty())
                .then(|| {
                    view! {
                        <p class="muted">
                            {t!(i18n, exchange.skills_wanted)} " " {details.join(" · ")}
                        </p>
                    }
                })}
            {pate}
            {unnamed}
            {help}
        </li>
    }
}

/// The way to the edit page, for moderators (initiators find it on their account page).
#[component]
fn EditLink() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let me = Resource::new(|| (), |()| crate::api::get_me());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let moderates = me.await.ok().flatten().is_some_and(|m| m.moderates());
                let slug = params.with_untracked(|p| p.get("slug").unwrap_or_default());
                moderates
                    .then(|| {
                        view! {
                            <p class="edit-link button-row">
                                <a href=format!(
                                    "{}/bearbeiten",
                                    crate::wire::project_path(&slug),
                                )>{t!(i18n, edit.edit_link)}</a>
                                <a href=format!(
                                    "{}/paten",
                                    crate::wire::project_path(&slug),
                                )>{t!(i18n, exchange.to_dashboard)}</a>
                            </p>
                        }
                    })
            })}
        </Suspense>
    }
}
