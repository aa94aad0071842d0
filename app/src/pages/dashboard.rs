//! `/projekte/{slug}/paten`: the initiators' dashboard of needs, offers and matching partners.

use domain::{NeedState, OfferState};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::get_dashboard;
use crate::components::exchange::{NeedFields, prefixed};
use crate::components::form::{ErrorSummary, Field, PostOutcome};
use crate::components::problem::Problem;
use crate::error::AppError;
use crate::i18n::*;
use crate::labels;
use crate::pages::meta::PageMeta;
use crate::pages::not_found::NotFound;
use crate::wire::exchange::{Dashboard, NeedPanel, OfferView, PartnerMatch};

/// The dashboard page.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let slug = params.with(|p| p.get("slug").unwrap_or_default());
        (slug, query.with(|q| q.get("entwurf").unwrap_or_default()))
    };
    let page = Resource::new(key, |(slug, draft)| get_dashboard(slug, draft));
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(d) => view! { <Board d /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(AppError::Unauthorized) => {
                        view! {
                            <h1>{t!(i18n, exchange.dashboard_plain)}</h1>
                            <p>
                                <a class="button" href="/anmelden?weiter=/konto">
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

/// Every need, the form for a new one and the co-initiators.
#[component]
fn Board(d: Dashboard) -> impl IntoView {
    let i18n = use_i18n();
    let title =
        td_string!(crate::i18n::locale(), exchange.dashboard, name = d.name.clone()).to_string();
    let errors =
        d.new_need.errors.iter().chain(d.co_form.errors.iter()).cloned().collect::<Vec<_>>();
    let slug = d.slug.clone();
    view! {
        <PageMeta title=title.clone() description=title.clone() />
        <h1>{title}</h1>
        <PostOutcome />
        <p>
            <a href=crate::wire::project_path(&d.slug)>{t!(i18n, edit.back)}</a>
        </p>
        {d
            .needs
            .into_iter()
            .map(|n| view! { <Need n slug=slug.clone() known=d.known_skills.clone() /> })
            .collect_view()}
        <section aria-labelledby="neuer-bedarf" class="group">
            <h2 id="neuer-bedarf">{t!(i18n, exchange.new_need)}</h2>
            <ErrorSummary errors />
            <form
                method="post"
                action="/api/bedarf"
                enctype="multipart/form-data"
                class="stack"
                novalidate
            >
                <input type="hidden" name="projekt" value=d.slug.clone() />
                <NeedFields d=d.new_need prefix="neu-".to_string() known=d.known_skills.clone() />
                <button type="submit" class="button">
                    {t!(i18n, exchange.add_need)}
                </button>
            </form>
        </section>
        <section aria-labelledby="initiatoren" class="group">
            <h2 id="initiatoren">{t!(i18n, exchange.initiators)}</h2>
            <p>{d.initiators.join(", ")}</p>
            <form method="post" action="/api/mitinitiator" class="stack" novalidate>
                <input type="hidden" name="projekt" value=d.slug.clone() />
                <Field
                    name="co_email"
                    label=td_string!(crate::i18n::locale(), exchange.co_email).to_string()
                    kind="email"
                    value=d.co_form.value("email")
                    error=d.co_form.error("co_email")
                />
                <button type="submit" class="button button-secondary">
                    {t!(i18n, exchange.add_co)}
                </button>
            </form>
        </section>
    }
}

/// One need: its state, offers, matching partners and its form.
#[component]
fn Need(n: NeedPanel, slug: String, known: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let heading = format!("bedarf-{}", n.id);
    let labelled_by = heading.clone();
    let unfold = !n.form.errors.is_empty();
    let prefix = format!("b{}-", n.id);
    let open = n.state != NeedState::Filled;
    view! {
        <section
            aria-labelledby=labelled_by
            class="group need-panel"
            data-need=n.id
            data-state=n.state.key()
        >
            <h2 id=heading>{n.title.clone()}</h2>
            <p class="card-meta">
                <span class="tag">{labels::pillar(n.pillar)}</span>
                " · "
                <span class="badge">{labels::need_state(n.state)}</span>
                {n
                    .pate
                    .clone()
                    .map(|p| {
                        view! {
                            " · "
                            {t!(i18n, project.pate)}
                            " "
                            {p}
                        }
                    })}
            </p>
            <h3>{t!(i18n, exchange.offers_title)}</h3>
            {if n.offers.is_empty() {
                view! { <p class="muted">{t!(i18n, exchange.no_offers)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        {n.offers.into_iter().map(|o| view! { <Offer o /> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            {open
                .then(|| {
                    view! {
                        <h3>{t!(i18n, exchange.suggested)}</h3>
                        <Suggestions need=n.id matches=n.matches.clone() />
                    }
                })}
            <details open=unfold>
                <summary>{t!(i18n, exchange.edit_need)}</summary>
                <ErrorSummary errors=prefixed(&n.form.errors, &prefix) />
                <form
                    method="post"
                    action="/api/bedarf"
                    enctype="multipart/form-data"
                    class="stack"
                    novalidate
                >
                    <input type="hidden" name="projekt" value=slug />
                    <input type="hidden" name="bedarf" value=n.id />
                    <NeedFields d=n.form prefix=prefix.clone() known=known />
                    <button type="submit" class="button">
                        {t!(i18n, exchange.save_need)}
                    </button>
                </form>
            </details>
        </section>
    }
}

/// An offer or invitation; an open offer can be answered here.
#[component]
fn Offer(o: OfferView) -> impl IntoView {
    let i18n = use_i18n();
    let answerable = o.state == OfferState::Open && o.direction == domain::OfferDirection::Offer;
    view! {
        <li class="card" data-offer=o.id data-state=o.state.key()>
            <p>
                <strong>{o.helper.clone()}</strong>
                " · "
                {o.created.clone()}
                " · "
                <span class="badge">{labels::offer_state(o.state)}</span>
            </p>
            <blockquote class="message">{o.message.clone()}</blockquote>
            {(!o.reply.is_empty())
                .then(|| view! { <p>{t!(i18n, exchange.reply)} " " {o.reply.clone()}</p> })}
            {o.contact.clone().map(|c| view! { <p>{t!(i18n, exchange.contact)} " " {c}</p> })}
            {answerable.then(|| view! { <AnswerForm id=o.id /> })}
        </li>
    }
}

/// Accept or decline, with a message.
#[component]
pub fn AnswerForm(id: i32) -> impl IntoView {
    let i18n = use_i18n();
    let field = format!("nachricht-{id}");
    view! {
        <form method="post" action="/api/angebot-beantworten" class="stack answer">
            <input type="hidden" name="angebot" value=id />
            <div class="field">
                <label for=field.clone()>{t!(i18n, exchange.answer_message)}</label>
                <textarea id=field name="nachricht" rows="2"></textarea>
            </div>
            <p class="button-row">
                <button type="submit" name="entscheidung" value="annehmen" class="button">
                    {t!(i18n, exchange.accept)}
                </button>
                <button
                    type="submit"
                    name="entscheidung"
                    value="ablehnen"
                    class="button button-secondary"
                >
                    {t!(i18n, exchange.decline)}
                </button>
            </p>
        </form>
    }
}

/// "Passende Pat:innen" with an invitation button each.
#[component]
fn Suggestions(need: i32, matches: Vec<PartnerMatch>) -> impl IntoView {
    let i18n = use_i18n();
    if matches.is_empty() {
        return view! { <p class="muted">{t!(i18n, exchange.no_suggestions)}</p> }.into_any();
    }
    view! {
        <ul class="plain-list matches">
            {matches
                .into_iter()
                .map(|m| {
                    view! {
                        <li class="card" data-partner=m.partner.id>
                            <p>
                                <strong>{m.partner.name.clone()}</strong>
                                " · "
                                {labels::partner_kind(m.partner.kind)}
                            </p>
                            <ul class="reasons">
                                {m
                                    .fit
                                    .reasons
                                    .iter()
                                    .map(|r| view! { <li>{r.clone()}</li> })
                                    .collect_view()}
                            </ul>
                            {if m.asked {
                                view! { <p class="muted">{t!(i18n, exchange.asked)}</p> }.into_any()
                            } else {
                                view! {
                                    <form method="post" action="/api/einladen">
                                        <input type="hidden" name="bedarf" value=need />
                                        <input type="hidden" name="pate" value=m.partner.id />
                                        <input type="hidden" name="nachricht" value="" />
                                        <button type="submit" class="button button-secondary">
                                            {t!(i18n, exchange.invite)}
                                        </button>
                                    </form>
                                }
                                    .into_any()
                            }}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
