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
        (Some(l), true) => {
            format!("{l} ({})", td_string!(crate::i18n::locale(), project.open_source))
        }
        (Some(l), false) => format!("{l} – {}", td_string!(crate::i18n::locale(), project.not_osi)),
        (None, _) => td_string!(crate::i18n::locale(), project.no_licence).to_string(),
    };
    let row = |label: String, value: Option<String>| {
        value.map(|v| {
            view! {
                <dt>{label}</dt>
                <dd>{v}</dd>
            }
        })
    };
    let link = |label: String, href: Option<String>| {
        href.map(|h| {
            let text = h.clone();
            view! {
                <dt>{label}</dt>
                <dd>
                    <a href=h rel="noopener">
                        {text}
                    </a>
                </dd>
            }
        })
    };
    let l = crate::i18n::locale();
    let technologies = (!p.technologies.is_empty()).then(|| p.technologies.join(", "));
    let complexity = p.complexity.map(labels::complexity);
    let deployment = p.deployment.map(labels::deployment);
    view! {
        <aside aria-labelledby="facts-title" class="facts">
            <h2 id="facts-title">{t!(i18n, project.facts)}</h2>
            <dl>
                {row(td_string!(l, project.kind).into(), Some(labels::kind(p.kind)))}
                {row(td_string!(l, project.origin).into(), Some(p.origin.clone()))}
                {row(td_string!(l, project.start).into(), p.start_month.clone())}
                {row(td_string!(l, project.complexity).into(), complexity)}
                {row(td_string!(l, project.technologies).into(), technologies)}
                {row(td_string!(l, project.licence).into(), Some(licence))}
                {link(td_string!(l, project.source).into(), Some(p.repository_url.clone()))}
                {link(td_string!(l, project.website).into(), p.project_url.clone())}
                {link(td_string!(l, project.info).into(), p.info_url.clone())}
                {row(td_string!(l, project.deployment).into(), deployment)}
                {row(td_string!(l, project.costs).into(), p.yearly_costs.clone())}
                {row(td_string!(l, project.places).into(), Some(p.districts.join(", ")))}
                {row(td_string!(l, project.updated).into(), Some(p.updated.clone()))}
            </dl>
        </aside>
    }
}
