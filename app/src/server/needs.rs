//! `/projekte/{slug}/paten`: the initiators' dashboard. They describe each need, read and
//! answer offers, invite matching partners ("Passende Pat:innen") and add co-initiators.

use db::accounts::Person;
use db::entity::{need, project};
use db::exchange::{self, OpenNeed};
use domain::exchange::{Fields, check_need};
use domain::matching::rank_partners;
use domain::proposal::FieldError;
use domain::{NeedState, Pillar};

use super::partners::{card, fit, need_facts, partner_facts};
use super::words::{field_errors, say};
use super::{AppState, forms, internal, offers, session};
use crate::error::AppError;
use crate::i18n::{Locale, td_string};
use crate::wire::exchange::{Dashboard, ExchangeDraft, NeedPanel, PartnerMatch};

/// The draft kind of the need form.
const NEED_DRAFT: &str = "bedarf";
/// The draft kind of the co-initiator form.
const CO_DRAFT: &str = "mitinitiator";
/// How many partners a need suggests.
const SUGGESTED: usize = 5;

/// The project `slug` and the person, who must initiate it or moderate.
async fn allowed(state: &AppState, slug: &str) -> Result<(Person, project::Model), AppError> {
    let person = session::required(state).await?;
    let project =
        db::editing::by_slug(&state.db, slug).await.map_err(internal("load a project"))?;
    let project = project.ok_or(AppError::NotFound)?;
    let initiator = db::editing::is_initiator(&state.db, project.id, person.account.id)
        .await
        .map_err(internal("check an initiator"))?;
    if !offers::may_see(&person, initiator) {
        tracing::warn!(
            account_id = person.account.id,
            project_id = project.id,
            "Refused a dashboard."
        );
        return Err(AppError::Forbidden);
    }
    Ok((person, project))
}

/// A stored need as the form's posted pairs.
fn form_of(n: &need::Model) -> Vec<(String, String)> {
    let number = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_default();
    let mut pairs = vec![
        ("pillar".to_string(), n.pillar.clone()),
        ("title".into(), n.title.clone()),
        ("description".into(), n.description.clone()),
        ("skills".into(), n.skills.clone()),
        ("hours".into(), number(n.hours_per_month)),
        ("amount".into(), number(n.amount_eur)),
        ("pays_for".into(), n.pays_for.clone()),
        ("state".into(), n.state.clone()),
        ("pate".into(), n.pate.clone().unwrap_or_default()),
    ];
    if n.newcomer {
        pairs.push(("newcomer".into(), "ja".into()));
    }
    pairs
}

/// The dashboard, with a draft of the need form or the co-initiator form if one came back.
pub async fn dashboard(state: &AppState, slug: &str, draft: &str) -> Result<Dashboard, AppError> {
    let (_, project) = allowed(state, slug).await?;
    let kept: Option<ExchangeDraft> = forms::load(state, NEED_DRAFT, draft).await?;
    let co_form: Option<ExchangeDraft> = forms::load(state, CO_DRAFT, draft).await?;
    let needs =
        db::exchange::needs_of(&state.db, project.id).await.map_err(internal("load needs"))?;
    let offers_all = exchange::offers_for_project(&state.db, project.id)
        .await
        .map_err(internal("load offers"))?;
    let partners = exchange::listed_partners(&state.db).await.map_err(internal("list partners"))?;
    let facts: Vec<_> = partners.iter().map(partner_facts).collect();
    let districts =
        db::editing::districts_of(&state.db, project.id).await.map_err(internal("load places"))?;
    let mut panels = Vec::with_capacity(needs.len());
    for n in needs {
        let offers_here: Vec<_> = offers_all.iter().filter(|o| o.need_id == n.id).collect();
        let open = n.state != NeedState::Filled.key();
        let open_need = OpenNeed {
            need: n.clone(),
            slug: project.slug.clone(),
            project_name: project.name.clone(),
            category: project.category.clone(),
            districts: districts.clone(),
        };
        let matches = if open {
            rank_partners(&need_facts(&open_need), &facts, SUGGESTED)
                .into_iter()
                .filter_map(|(f, m)| {
                    let p = partners.iter().find(|p| p.id == f.id)?;
                    let asked = offers_here.iter().any(|o| {
                        o.account_id == Some(p.account_id)
                            && (o.state == "offen" || o.state == "angenommen")
                    });
                    Some(PartnerMatch {
                        partner: card(p, &state.instance),
                        fit: fit(&m, &state.instance),
                        asked,
                    })
                })
                .collect()
        } else {
            Vec::new()
        };
        let form = match &kept {
            Some(d) if d.need_id == Some(n.id) => d.clone(),
            _ => ExchangeDraft { values: form_of(&n), ..Default::default() },
        };
        panels.push(NeedPanel {
            id: n.id,
            pillar: Pillar::from_key(&n.pillar).unwrap_or(Pillar::Content),
            title: n.title.clone(),
            state: NeedState::from_key(&n.state).unwrap_or(NeedState::Open),
            pate: n.pate.clone(),
            form,
            offers: offers_here.into_iter().map(offers::view).collect(),
            matches,
        });
    }
    let new_need = kept.filter(|d| d.need_id.is_none()).unwrap_or_default();
    let initiators = offers::contacts(&state.db, project.id).await?;
    Ok(Dashboard {
        known_skills: super::partners::known_skills(state).await?,
        slug: project.slug,
        name: project.name,
        needs: panels,
        new_need,
        initiators: initiators.into_iter().map(|a| a.name).collect(),
        co_form: co_form.unwrap_or_default(),
    })
}

/// Adds a need (`bedarf` empty) or rewrites one; errors send the form back as typed.
pub async fn save_need(
    state: &AppState,
    posted: Vec<(String, String)>,
) -> Result<String, AppError> {
    let f = Fields(&posted);
    let slug = f.one("projekt").to_string();
    let (person, project) = allowed(state, &slug).await?;
    let need_id = f.one("bedarf").parse::<i32>().ok();
    let back = format!("/projekte/{slug}/paten");
    let details = match check_need(&f) {
        Ok(details) => details,
        Err(errors) => {
            let draft = ExchangeDraft { values: posted, errors: field_errors(errors), need_id };
            return forms::keep(state, NEED_DRAFT, &back, &draft).await;
        }
    };
    let tx = db::begin_write(&state.db).await.map_err(internal("begin saving a need"))?;
    let saved = exchange::save_need(&tx, project.id, need_id, &details)
        .await
        .map_err(internal("save a need"))?;
    if !saved {
        return Err(AppError::NotFound);
    }
    if let (Some(id), NeedState::Filled) = (need_id, details.state) {
        let lapsed =
            exchange::lapse_open_offers(&tx, id).await.map_err(internal("close waiting offers"))?;
        for o in lapsed {
            let mail = super::exchange_mails::lapsed(state, &o.helper_email, &details.title);
            db::outbox::enqueue(&tx, &mail).await.map_err(internal("queue a lapse mail"))?;
        }
    }
    db::editing::touch(&tx, project.id).await.map_err(internal("touch a project"))?;
    tx.commit().await.map_err(internal("commit a need"))?;
    tracing::info!(account_id = person.account.id, project_id = project.id, "A need was saved.");
    Ok(forms::with_param(&back, "hinweis", "gespeichert"))
}

/// Makes the account with `email` a co-initiator; only the project's initiators may.
pub async fn add_co_initiator(
    state: &AppState,
    slug: &str,
    email: &str,
) -> Result<String, AppError> {
    let (person, project) = allowed(state, slug).await?;
    let owns = db::editing::is_initiator(&state.db, project.id, person.account.id)
        .await
        .map_err(internal("check an initiator"))?;
    if !owns {
        return Err(AppError::Forbidden);
    }
    let back = format!("/projekte/{slug}/paten");
    let keep = |message: String| ExchangeDraft {
        values: vec![("email".into(), email.to_string())],
        errors: vec![FieldError { field: "co_email".into(), message }],
        need_id: None,
    };
    let address = match domain::account::normalise_email(email) {
        Ok(address) => address,
        Err(problem) => return forms::keep(state, CO_DRAFT, &back, &keep(say(&problem))).await,
    };
    let found = db::accounts::by_email(&state.db, &address).await.map_err(internal("look up"))?;
    let Some(account) = found.filter(|a| a.email_confirmed_at.is_some()) else {
        let message = td_string!(Locale::de, problem.no_confirmed_account).to_string();
        return forms::keep(state, CO_DRAFT, &back, &keep(message)).await;
    };
    let tx = db::begin_write(&state.db).await.map_err(internal("begin adding an initiator"))?;
    exchange::add_initiator(&tx, project.id, account.id)
        .await
        .map_err(internal("add initiator"))?;
    db::accounts::grant(&tx, account.id, domain::Role::Initiator)
        .await
        .map_err(internal("grant a role"))?;
    tx.commit().await.map_err(internal("commit an initiator"))?;
    tracing::info!(project_id = project.id, account_id = account.id, "A co-initiator was added.");
    Ok(forms::with_param(&back, "hinweis", "mitinitiator"))
}
