//! The profile's facts as a description list.

use leptos::prelude::*;

use crate::i18n::*;
use crate::labels;
use crate::wire::ProjectDetail;

/// Type, origin, start, complexity, technologies, licence, links, operation, costs, places.
#[component]
pub fn Facts(p: ProjectDetail) -> impl IntoView {
    let i18n = use_i18n();
    let licence = match (&p.licence, p.licence_open) {
        (Some(l), true) => format!("{l} ({})", t_string!(i18n, project.open_source)),
        (Some(l), false) => format!("{l} – {}", t_string!(i18n, project.not_osi)),
        (None, _) => t_string!(i18n, project.no_licence).to_string(),
    };
    let row = |label: String, value: Option<String>| {
        value.map(|v| view! { <dt>{label}</dt><dd>{v}</dd> })
    };
    let link = |label: String, href: Option<String>| {
        href.map(|h| {
            let text = h.clone();
            view! { <dt>{label}</dt><dd><a href=h rel="noopener">{text}</a></dd> }
        })
    };
    view! {
        <aside aria-labelledby="facts-title" class="facts">
            <h2 id="facts-title">{t!(i18n, project.facts)}</h2>
            <dl>
                {row(t_string!(i18n, project.kind).into(), Some(labels::kind(p.kind)))}
                {row(t_string!(i18n, project.origin).into(), Some(p.origin.clone()))}
                {row(t_string!(i18n, project.start).into(), p.start_month.clone())}
                {row(t_string!(i18n, project.complexity).into(), p.complexity.map(labels::complexity))}
                {row(
                    t_string!(i18n, project.technologies).into(),
                    (!p.technologies.is_empty()).then(|| p.technologies.join(", ")),
                )}
                {row(t_string!(i18n, project.licence).into(), Some(licence))}
                {link(t_string!(i18n, project.source).into(), Some(p.repository_url.clone()))}
                {link(t_string!(i18n, project.website).into(), p.project_url.clone())}
                {link(t_string!(i18n, project.info).into(), p.info_url.clone())}
                {row(t_string!(i18n, project.deployment).into(), p.deployment.map(labels::deployment))}
                {row(t_string!(i18n, project.costs).into(), p.yearly_costs.clone())}
                {row(t_string!(i18n, project.places).into(), Some(p.districts.join(", ")))}
                {row(t_string!(i18n, project.updated).into(), Some(p.updated.clone()))}
            </dl>
        </aside>
    }
}
