//! The three pillars of a project at a glance.

use domain::{Pillar, PillarSummary};
use leptos::prelude::*;

use crate::labels;

/// A compact list: each pillar with what it says, "sucht Pat:in" highlighted.
#[component]
pub fn PillarBadges(pillars: Vec<(Pillar, PillarSummary)>) -> impl IntoView {
    view! {
        <ul class="pillars">
            {pillars
                .into_iter()
                .map(|(pillar, summary)| {
                    let class = format!("pillar pillar-{}", summary_class(summary));
                    view! {
                        <li class=class data-pillar=pillar.key()>
                            <span class="pillar-name">{labels::pillar(pillar)}</span>
                            ": "
                            <span class="pillar-state">{labels::summary(summary)}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The CSS modifier of a summary.
pub fn summary_class(summary: PillarSummary) -> &'static str {
    match summary {
        PillarSummary::Seeking => "seeking",
        PillarSummary::InTalks => "talks",
        PillarSummary::Covered => "covered",
        PillarSummary::NoNeed => "none",
        PillarSummary::Unstated => "unstated",
    }
}
