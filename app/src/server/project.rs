//! One project's page.

use db::entity::need;
use db::project::ProjectRecord;
use domain::{Complexity, Deployment, Kind, NeedState, Pillar, PillarSummary, ProjectStatus};

use super::catalogue::category_name;
use super::{AppState, internal};
use crate::error::AppError;
use crate::i18n::{Locale, td_string};
use crate::wire::{NeedView, PillarView, ProjectDetail};

/// Loads the published project with this slug. A slug typed with capitals or umlauts
/// (`/projekte/Münster-Schenkt-Aus`) finds the project under its folded slug; the caller then
/// sends the visitor to the one real address, which `detail.slug` names.
pub async fn load(state: &AppState, slug: &str) -> Result<ProjectDetail, AppError> {
    let found = db::project::published_by_slug(&state.db, slug).await;
    if let Some(record) = found.map_err(internal("load a project"))? {
        return Ok(detail(state, record));
    }
    let folded = domain::slugify(slug);
    if folded == slug {
        return Err(AppError::NotFound);
    }
    let record = db::project::published_by_slug(&state.db, &folded)
        .await
        .map_err(internal("load a project by its folded slug"))?
        .ok_or(AppError::NotFound)?;
    Ok(detail(state, record))
}

/// A stored project in the visitor's words.
fn detail(state: &AppState, record: ProjectRecord) -> ProjectDetail {
    let ProjectRecord { project: p, needs, districts, no_need } = record;
    let pillars = Pillar::ALL
        .iter()
        .map(|pillar| {
            let needs: Vec<NeedView> =
                needs.iter().filter(|n| n.pillar == pillar.key()).map(need_view).collect();
            let summary =
                PillarSummary::of(needs.iter().map(|n| n.state), no_need.contains(pillar));
            PillarView { pillar: *pillar, summary, needs }
        })
        .collect();
    ProjectDetail {
        description_html: domain::markdown::render(&p.description),
        screenshot_url: p.screenshot_path.map(|path| format!("/{path}")),
        status: ProjectStatus::from_key(&p.status).unwrap_or(ProjectStatus::Unfinished),
        category: category_name(state, &p.category),
        kind: Kind::from_key(&p.kind).unwrap_or(Kind::DynamicSite),
        start_month: p.start_month.as_deref().and_then(super::words::month),
        complexity: p.complexity.as_deref().and_then(Complexity::from_key),
        technologies: p.technologies.lines().map(str::to_string).collect(),
        deployment: p.deployment.as_deref().and_then(Deployment::from_key),
        yearly_costs: p.yearly_costs_eur.map(euros),
        updated: domain::time::date_de(p.updated_at),
        districts: districts
            .iter()
            .map(|key| state.instance.district(key).map_or(key.clone(), |t| t.name.clone()))
            .collect(),
        pillars,
        slug: p.slug,
        name: p.name,
        teaser: p.teaser,
        origin: p.origin,
        licence: p.licence,
        licence_open: p.licence_open,
        repository_url: p.repository_url,
        project_url: p.project_url,
        info_url: p.info_url,
    }
}

/// A stored need as the project page shows it; an unnamed Pate's name is never sent.
pub fn need_view(n: &need::Model) -> NeedView {
    NeedView {
        id: n.id,
        title: n.title.clone(),
        description: n.description.clone(),
        state: NeedState::from_key(&n.state).unwrap_or(NeedState::Open),
        pate: if n.pate_hidden { None } else { n.pate.clone() },
        pate_unnamed: n.pate_hidden && n.pate.is_some(),
        skills: domain::exchange::split(&n.skills),
        effort: effort(n),
        newcomer: n.newcomer,
    }
}

/// The effort of a need in words, if it states one.
pub fn effort(n: &need::Model) -> Option<String> {
    let locale = Locale::de;
    if let Some(amount) = n.amount_eur {
        let amount = euros(amount);
        let what = &n.pays_for;
        return Some(if what.is_empty() {
            td_string!(locale, exchange.effort_per_year, amount = amount).to_string()
        } else {
            td_string!(locale, exchange.effort_per_year_for, amount = amount, what = what)
                .to_string()
        });
    }
    match n.hours_per_month {
        Some(hours) => Some(td_string!(locale, exchange.effort_hours, hours = hours).to_string()),
        None if n.pillar != Pillar::Financial.key() && !n.skills.is_empty() => {
            Some(td_string!(locale, exchange.effort_once).to_string())
        }
        None => None,
    }
}

/// Euros with German thousands separators: `1.200 €`.
pub fn euros(amount: i32) -> String {
    let sign = if amount < 0 { "-" } else { "" };
    format!("{sign}{} €", super::words::num(amount.unsigned_abs()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_are_grouped_the_german_way() {
        assert_eq!(euros(50), "50 €");
        assert_eq!(euros(1200), "1.200 €");
        assert_eq!(euros(1234567), "1.234.567 €");
        assert_eq!(euros(0), "0 €");
    }
}
