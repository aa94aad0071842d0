//! A project's card in lists.

use leptos::prelude::*;

use crate::components::pillars::PillarBadges;
use crate::labels;
use crate::wire::ProjectCard;

/// Name (as the link), category and status, teaser, and the pillars.
#[component]
pub fn Card(card: ProjectCard) -> impl IntoView {
    let href = crate::wire::project_path(&card.slug);
    view! {
        <article class="card">
            <h3 class="card-title">
                <a href=href>{card.name}</a>
            </h3>
            <p class="card-meta">
                <span class="tag">{card.category}</span>
                " · "
                <span class="status">{labels::status(card.status)}</span>
            </p>
            <p class="card-teaser">{card.teaser}</p>
            <PillarBadges pillars=card.pillars />
        </article>
    }
}
