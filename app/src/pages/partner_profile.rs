//! `/konto/pate`: the own partner profile, "Passt zu dir" and the own offers and invitations.

use domain::{OfferDirection, OfferState, PartnerKind};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::get_partner_page;
use crate::components::exchange::{Checks, NeedMatches, pillar_terms, skills_hint, ticked};
use crate::components::form::{ErrorSummary, Field, PostOutcome, RequiredNote, TextArea};
use crate::components::problem::Problem;
use crate::error::AppError;
use crate::i18n::*;
use crate::labels;
use crate::pages::meta::PageMeta;
use crate::wire::exchange::{MyOffer, PartnerPage};

/// The page; without a session it asks to log in.
#[component]
pub fn PartnerProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let draft = move || query.with(|q| q.get("entwurf").unwrap_or_default());
    let page = Resource::new(draft, get_partner_page);
    let locale = crate::i18n::locale();
    let title = td_string!(locale, exchange.profile_title).to_string();
    view! {
        <PageMeta title=title.clone() description=title />
        <h1>{t!(i18n, exchange.profile_title)}</h1>
        <PostOutcome />
        <Suspense>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => view! { <Profile p /> }.into_any(),
                    Err(AppError::Unauthorized) => {
                        view! {
                            <p>
                                <a class="button" href="/anmelden?weiter=/konto/pate">
                                    {t!(i18n, account.login_first)}
                                </a>
                            </p>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <Problem error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Matches and offers first once a profile exists, then the form.
#[component]
fn Profile(p: PartnerPage) -> impl IntoView {
    let i18n = use_i18n();
    let offers = p.offers.clone();
    view! {
        {p
            .has_profile
            .then(|| {
                view! {
                    <section aria-labelledby="passt">
                        <h2 id="passt">{t!(i18n, exchange.fits_you)}</h2>
                        <NeedMatches matches=p.matches.clone() />
                    </section>
                }
            })}
        {(!offers.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="angebote">
                        <h2 id="angebote">{t!(i18n, exchange.my_offers)}</h2>
                        <ul class="plain-list">
                            {offers.into_iter().map(|o| view! { <Mine o /> }).collect_view()}
                        </ul>
                    </section>
                }
            })}
        <ProfileForm p />
    }
}

/// The profile form (multipart, so ticked boxes repeat their name).
#[component]
fn ProfileForm(p: PartnerPage) -> impl IntoView {
    let i18n = use_i18n();
    let locale = crate::i18n::locale();
    let d = p.form;
    let kind = d.value("kind");
    let listed = d.has("listed", "ja");
    view! {
        <section aria-labelledby="profil">
            <h2 id="profil">{t!(i18n, exchange.profile_form)}</h2>
            <ErrorSummary errors=d.errors.clone() />
            <RequiredNote />
            <form
                method="post"
                action="/api/pate"
                enctype="multipart/form-data"
                class="stack"
                novalidate
            >
                <div class="field" class:has-error=d.error("kind").is_some()>
                    <label for="kind">
                        {t!(i18n, exchange.kind)} <span aria-hidden="true">" *"</span>
                    </label>
                    <select id="kind" name="kind" required=true>
                        <option value="">{t!(i18n, exchange.choose)}</option>
                        {PartnerKind::ALL
                            .iter()
                            .map(|k| {
                                let on = k.key() == kind;
                                view! {
                                    <option value=k.key() selected=on>
                                        {labels::partner_kind(*k)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    {d
                        .error("kind")
                        .map(|m| {
                            view! {
                                <p class="field-error" id="kind-fehler">
                                    {m}
                                </p>
                            }
                        })}
                </div>
                <Field
                    name="display_name"
                    label=td_string!(locale, exchange.public_name).to_string()
                    value=d.value("display_name")
                    required=true
                    error=d.error("display_name")
                />
                <Checks
                    id="pillars"
                    name="pillar"
                    legend=td_string!(locale, exchange.offers_pillar).to_string()
                    terms=pillar_terms()
                    ticked=ticked(&d, "pillar")
                    required=true
                    error=d.error("pillars")
                />
                <Field
                    name="skills"
                    label=td_string!(locale, exchange.skills).to_string()
                    value=d.value("skills")
                    hint=skills_hint(&p.known_skills)
                    error=d.error("skills")
                />
                <Field
                    name="hours"
                    label=td_string!(locale, exchange.hours).to_string()
                    value=d.value("hours")
                    error=d.error("hours")
                />
                <Field
                    name="budget"
                    label=td_string!(locale, exchange.budget).to_string()
                    value=d.value("budget")
                    error=d.error("budget")
                />
                <Checks
                    id="categories"
                    name="category"
                    legend=td_string!(locale, exchange.categories).to_string()
                    terms=p.categories
                    ticked=ticked(&d, "category")
                    error=d.error("categories")
                />
                <Checks
                    id="districts"
                    name="district"
                    legend=td_string!(locale, exchange.districts).to_string()
                    terms=p.districts
                    ticked=ticked(&d, "district")
                    error=d.error("districts")
                />
                <TextArea
                    name="description"
                    label=td_string!(locale, exchange.public_description).to_string()
                    value=d.value("description")
                    error=d.error("description")
                />
                <div class="field">
                    <label for="listed" class="check">
                        <input
                            type="checkbox"
                            id="listed"
                            name="listed"
                            value="ja"
                            checked=listed
                        />
                        " "
                        {t!(i18n, exchange.listed)}
                    </label>
                </div>
                <button type="submit" class="button">
                    {t!(i18n, exchange.save_profile)}
                </button>
            </form>
        </section>
    }
}

/// One own offer or invitation; an open invitation can be answered here.
#[component]
fn Mine(o: MyOffer) -> impl IntoView {
    let i18n = use_i18n();
    let answerable = o.direction == OfferDirection::Invitation && o.state == OfferState::Open;
    let what = if o.direction == OfferDirection::Invitation {
        td_string!(crate::i18n::locale(), exchange.invitation).to_string()
    } else {
        td_string!(crate::i18n::locale(), exchange.offer).to_string()
    };
    view! {
        <li class="card" data-offer=o.id data-state=o.state.key()>
            <h3>{o.need_title.clone()}</h3>
            <p class="card-meta">
                {what} " · "
                <a href=crate::wire::project_path(&o.slug)>{o.project_name.clone()}</a> " · "
                {o.created.clone()} " · " <span class="badge">{labels::offer_state(o.state)}</span>
            </p>
            <blockquote class="message">{o.message.clone()}</blockquote>
            {(!o.reply.is_empty())
                .then(|| view! { <p>{t!(i18n, exchange.reply)} " " {o.reply.clone()}</p> })}
            {(!o.contacts.is_empty())
                .then(|| {
                    view! { <p>{t!(i18n, exchange.contacts)} " " {o.contacts.join(", ")}</p> }
                })}
            {answerable.then(|| view! { <crate::pages::dashboard::AnswerForm id=o.id /> })}
        </li>
    }
}
