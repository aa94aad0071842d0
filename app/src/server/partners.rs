//! Partner profiles: the own profile with "Passt zu dir", the public list `/paten`, and
//! `/mitmachen` for visitors without an account. Matching itself is `domain::matching`; this
//! module only turns rows into its facts and its reasons into words.

use db::entity::partner_profile;
use db::exchange::{self, Candidate, OpenNeed};
use domain::exchange::{Fields, check_partner, split, whole_number};
use domain::instance::Instance;
use domain::matching::{Match, NeedFacts, PartnerFacts, Skill, parse_skills, rank_needs};
use domain::problem::Label;
use domain::{PartnerKind, Pillar, Role};

use super::words::{field_errors, reason, say};
use super::{AppState, forms, internal, session};
use crate::error::AppError;
use crate::i18n::{Locale, td_string};
use crate::wire::Term;
use crate::wire::exchange::{
    ExchangeDraft, Fit, JoinQuery, JoinResult, NeedMatch, PartnerCard, PartnerList, PartnerPage,
    PartnerQuery,
};

/// How many matches a list shows.
pub const MATCHES_SHOWN: usize = 10;
/// The draft kind of the partner profile form.
const DRAFT: &str = "pate";

/// Category and district names of the instance, for the reasons' words.
pub struct InstanceNames<'a>(pub &'a Instance);

impl InstanceNames<'_> {
    /// The category's name, or its key when the instance no longer knows it.
    pub fn category(&self, key: &str) -> String {
        self.0.category(key).map_or_else(|| key.to_string(), |t| t.name.clone())
    }

    /// The district's name, or its key when the instance no longer knows it.
    pub fn district(&self, key: &str) -> String {
        self.0.district(key).map_or_else(|| key.to_string(), |t| t.name.clone())
    }
}

/// A column number as matching counts it.
fn count(n: Option<i32>) -> Option<u32> {
    n.and_then(|n| u32::try_from(n).ok())
}

/// What matching knows of an open need.
pub fn need_facts(n: &OpenNeed) -> NeedFacts {
    NeedFacts {
        id: n.need.id,
        pillar: Pillar::from_key(&n.need.pillar),
        skills: parse_skills(&n.need.skills),
        hours_per_month: count(n.need.hours_per_month),
        amount_eur: count(n.need.amount_eur),
        newcomer: n.need.newcomer,
        category: n.category.clone(),
        districts: n.districts.clone(),
    }
}

/// What matching knows of a partner profile.
pub fn partner_facts(p: &partner_profile::Model) -> PartnerFacts {
    PartnerFacts {
        id: p.id,
        pillars: split(&p.pillars).iter().filter_map(|k| Pillar::from_key(k)).collect(),
        skills: split(&p.skills).iter().map(|s| Skill::new(s)).collect(),
        hours_per_month: count(p.hours_per_month),
        budget_eur: count(p.budget_eur),
        categories: split(&p.categories),
        districts: split(&p.districts),
    }
}

/// A match's score and its reasons in words.
pub fn fit(m: &Match, instance: &Instance) -> Fit {
    Fit { score: m.score, reasons: m.reasons.iter().map(|r| reason(r, instance)).collect() }
}

/// How many of the skills in use a form suggests.
const SKILLS_SUGGESTED: usize = 24;

/// The skills in use, most used first: the shared vocabulary forms suggest.
pub async fn known_skills(state: &AppState) -> Result<Vec<String>, AppError> {
    exchange::known_skills(&state.db, SKILLS_SUGGESTED).await.map_err(internal("list skills"))
}

/// Instance terms as the wire carries them.
pub fn terms(list: &[domain::instance::Term]) -> Vec<Term> {
    list.iter().map(|t| Term { key: t.key.clone(), name: t.name.clone() }).collect()
}

/// A profile as `/paten` and the matches show it.
pub fn card(p: &partner_profile::Model, instance: &Instance) -> PartnerCard {
    let names = InstanceNames(instance);
    PartnerCard {
        id: p.id,
        kind: PartnerKind::from_key(&p.kind).unwrap_or(PartnerKind::Person),
        name: p.display_name.clone(),
        pillars: partner_facts(p).pillars,
        skills: split(&p.skills),
        hours: count(p.hours_per_month),
        budget: count(p.budget_eur).map(|b| {
            td_string!(Locale::de, exchange.effort_per_year, amount = euros(b)).to_string()
        }),
        categories: split(&p.categories).iter().map(|k| names.category(k)).collect(),
        districts: split(&p.districts).iter().map(|k| names.district(k)).collect(),
        description: p.description.clone(),
    }
}

/// Euros with German thousands separators.
fn euros(amount: u32) -> String {
    super::project::euros(i32::try_from(amount).unwrap_or(i32::MAX))
}

/// What matching knows of a candidate need (an open need without its texts).
pub fn candidate_facts(c: &Candidate) -> NeedFacts {
    NeedFacts {
        id: c.need_id,
        pillar: Pillar::from_key(&c.pillar),
        skills: parse_skills(&c.skills),
        hours_per_month: count(c.hours_per_month),
        amount_eur: count(c.amount_eur),
        newcomer: c.newcomer,
        category: c.category.clone(),
        districts: c.districts.clone(),
    }
}

/// The best open needs for `partner`, skipping the needs of `own` projects: matching runs over
/// the candidates' facts, and only the needs shown are loaded with their texts.
async fn needs_for(
    state: &AppState,
    partner: &PartnerFacts,
    own: &[i32],
) -> Result<Vec<NeedMatch>, AppError> {
    let pillars: Vec<&str> = partner.pillars.iter().map(|p| p.key()).collect();
    let found =
        exchange::candidates(&state.db, &pillars).await.map_err(internal("load candidates"))?;
    let facts: Vec<NeedFacts> =
        found.iter().filter(|c| !own.contains(&c.project_id)).map(candidate_facts).collect();
    let best = rank_needs(partner, &facts, MATCHES_SHOWN);
    let ids: Vec<i32> = best.iter().map(|(f, _)| f.id).collect();
    let shown =
        exchange::needs_with_projects(&state.db, &ids).await.map_err(internal("load needs"))?;
    Ok(best
        .into_iter()
        .filter_map(|(f, m)| {
            // A need removed between the two queries is skipped, not mismatched.
            let (n, p) = shown.iter().find(|(n, _)| n.id == f.id)?;
            Some(NeedMatch {
                need_id: n.id,
                title: n.title.clone(),
                pillar: f.pillar?,
                project_name: p.name.clone(),
                slug: p.slug.clone(),
                fit: fit(&m, &state.instance),
            })
        })
        .collect())
}

/// The stored profile as the form's posted pairs.
fn form_of(p: &partner_profile::Model) -> Vec<(String, String)> {
    let mut pairs = vec![
        ("kind".to_string(), p.kind.clone()),
        ("display_name".into(), p.display_name.clone()),
        ("skills".into(), p.skills.clone()),
        ("hours".into(), p.hours_per_month.map(|h| h.to_string()).unwrap_or_default()),
        ("budget".into(), p.budget_eur.map(|b| b.to_string()).unwrap_or_default()),
        ("description".into(), p.description.clone()),
    ];
    if p.listed {
        pairs.push(("listed".into(), "ja".into()));
    }
    let lists = [("pillar", &p.pillars), ("category", &p.categories), ("district", &p.districts)];
    for (key, column) in lists {
        pairs.extend(split(column).into_iter().map(|v| (key.to_string(), v)));
    }
    pairs
}

/// `/konto/pate`: the own profile (or a draft), what fits it, and the own offers.
pub async fn page(state: &AppState, draft: &str) -> Result<PartnerPage, AppError> {
    let person = session::required(state).await?;
    let id = person.account.id;
    let stored = exchange::partner_of(&state.db, id).await.map_err(internal("load a profile"))?;
    let kept: Option<ExchangeDraft> = forms::load(state, DRAFT, draft).await?;
    let form = match (kept, &stored) {
        (Some(d), _) => d,
        (None, Some(p)) => ExchangeDraft { values: form_of(p), ..Default::default() },
        (None, None) => ExchangeDraft {
            values: vec![("display_name".into(), person.account.name.clone())],
            ..Default::default()
        },
    };
    let matches = match &stored {
        Some(p) => {
            let own = db::editing::projects_of(&state.db, id)
                .await
                .map_err(internal("load own projects"))?;
            needs_for(state, &partner_facts(p), &own).await?
        }
        None => Vec::new(),
    };
    Ok(PartnerPage {
        known_skills: known_skills(state).await?,
        form,
        has_profile: stored.is_some(),
        matches,
        offers: super::offers::mine(state, id).await?,
        categories: terms(&state.instance.categories),
        districts: terms(&state.instance.districts),
    })
}

/// Saves the own partner profile and makes the account a partner; errors send it back.
pub async fn save(state: &AppState, posted: Vec<(String, String)>) -> Result<String, AppError> {
    let person = session::required(state).await?;
    let profile = match check_partner(&Fields(&posted), &state.instance) {
        Ok(profile) => profile,
        Err(errors) => {
            let draft =
                ExchangeDraft { values: posted, errors: field_errors(errors), need_id: None };
            return forms::keep(state, DRAFT, "/konto/pate", &draft).await;
        }
    };
    let id = person.account.id;
    let tx = db::begin_write(&state.db).await.map_err(internal("begin saving a profile"))?;
    exchange::save_partner(&tx, id, &profile).await.map_err(internal("save a profile"))?;
    if !person.may(Role::Partner) {
        db::accounts::grant(&tx, id, Role::Partner).await.map_err(internal("grant a role"))?;
    }
    tx.commit().await.map_err(internal("commit a profile"))?;
    tracing::info!(account_id = id, listed = profile.listed, "A partner profile was saved.");
    Ok("/konto/pate?hinweis=gespeichert".into())
}

/// Whether `p` passes `/paten`'s list filters (the words were searched in the database).
fn passes(p: &partner_profile::Model, q: &PartnerQuery) -> bool {
    let any = |wanted: &[String], column: &str| {
        let have = split(column);
        wanted.is_empty() || wanted.iter().any(|w| have.contains(w))
    };
    any(&q.saeule, &p.pillars)
        && (q.art.is_empty() || q.art.contains(&p.kind))
        && any(&q.kategorie, &p.categories)
        && any(&q.bezirk, &p.districts)
}

/// `/paten`: listed profiles that pass the filters and the search, by name. The search works
/// as the catalogue's: folded words, each beginning a word of name, description or skills.
pub async fn list(state: &AppState, query: &PartnerQuery) -> Result<PartnerList, AppError> {
    let words = super::catalogue::terms_of(&query.q)?;
    let all =
        exchange::searched_partners(&state.db, &words).await.map_err(internal("list partners"))?;
    let partners =
        all.iter().filter(|p| passes(p, query)).map(|p| card(p, &state.instance)).collect();
    Ok(PartnerList {
        query: query.clone(),
        partners,
        categories: terms(&state.instance.categories),
        districts: terms(&state.instance.districts),
    })
}

/// `/mitmachen`: the open needs that fit the pillars, skills and hours a visitor names.
pub async fn join(state: &AppState, query: &JoinQuery) -> Result<JoinResult, AppError> {
    let pillars: Vec<Pillar> = query.saeule.iter().filter_map(|k| Pillar::from_key(k)).collect();
    let mut result = JoinResult {
        query: query.clone(),
        asked: false,
        error: None,
        matches: Vec::new(),
        known_skills: known_skills(state).await?,
    };
    if pillars.is_empty() {
        return Ok(result);
    }
    result.asked = true;
    let hours = match whole_number(Label::HoursPerMonth, &query.stunden, 200) {
        Ok(hours) => hours,
        Err(problem) => {
            result.error = Some(say(&problem));
            return Ok(result);
        }
    };
    let visitor = PartnerFacts {
        pillars,
        skills: parse_skills(&query.faehigkeiten),
        hours_per_month: hours,
        ..Default::default()
    };
    result.matches = needs_for(state, &visitor, &[]).await?;
    Ok(result)
}
