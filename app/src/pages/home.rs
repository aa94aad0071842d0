//! The start page: what the platform is for, live figures, projects that need help now.

use leptos::prelude::*;

use crate::api::get_home;
use crate::components::card::Card;
use crate::components::problem::Problem;
use crate::i18n::*;
use crate::labels;
use crate::pages::meta::PageMeta;
use crate::wire::HomeData;

/// `/`.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let home = OnceResource::new(get_home());
    let site = crate::components::layout::use_site();
    let city = move || site.get().and_then(Result::ok).map(|s| s.city).unwrap_or_default();
    view! {
        <PageMeta
            title=td_string!(crate::i18n::locale(), home.meta_title).to_string()
            description=td_string!(crate::i18n::locale(), home.lead).to_string()
            canonical="/".to_string()
        />
        <section class="hero" aria-labelledby="hero-title">
            <h1 id="hero-title">
                <Suspense>{move || t!(i18n, home.title, city = city)}</Suspense>
            </h1>
            <p class="lead">{t!(i18n, home.lead)}</p>
            <ul class="ways-in">
                <li>
                    <a class="button" href="/projekte?bedarf=inhalt&bedarf=technik&bedarf=finanzen">
                        {t!(i18n, home.help_cta)}
                    </a>
                </li>
                <li>
                    <a class="button button-secondary" href="/einreichen">
                        {t!(i18n, home.propose_cta)}
                    </a>
                </li>
            </ul>
        </section>
        <Suspense>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(data) => view! { <Figures data /> }.into_any(),
                    Err(error) => view! { <Problem error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The live counts and the projects needing help.
#[component]
fn Figures(data: HomeData) -> impl IntoView {
    let i18n = use_i18n();
    let projects = data.projects;
    view! {
        <section aria-labelledby="figures-title">
            <h2 id="figures-title">{t!(i18n, home.figures_title)}</h2>
            <dl class="figures">
                <div class="figure">
                    <dt>{t!(i18n, home.figure_projects)}</dt>
                    <dd data-figure="projekte">{projects}</dd>
                </div>
                {data
                    .open_needs
                    .into_iter()
                    .map(|(pillar, count)| {
                        let href = format!("/projekte?bedarf={}", pillar.key());
                        view! {
                            <div class="figure">
                                <dt>{t!(i18n, home.figure_open)} " " {labels::pillar(pillar)}</dt>
                                <dd data-figure=pillar.key()>
                                    <a href=href>{count}</a>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </section>
        <section aria-labelledby="help-title">
            <h2 id="help-title">{t!(i18n, home.needing_title)}</h2>
            <ul class="cards">
                {data
                    .needing_help
                    .into_iter()
                    .map(|card| {
                        view! {
                            <li>
                                <Card card />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p>
                <a href="/projekte">{t!(i18n, home.all_projects)}</a>
            </p>
        </section>
    }
}
