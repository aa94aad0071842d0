//! `/moderation/{id}`: one submission under review — the profile as it would be published,
//! the admission checklist, the history with internal comments, and the decision.

use domain::proposal::CRITERIA;
use domain::proposal::error_for;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::get_review;
use crate::components::form::{ErrorSummary, PostOutcome, TextArea};
use crate::components::problem::Problem;
use crate::error::AppError;
use crate::i18n::*;
use crate::labels;
use crate::pages::meta::PageMeta;
use crate::pages::not_found::NotFound;
use crate::pages::project::ProfileBody;
use crate::wire::account::FormDraft;
use crate::wire::review::Review;

/// The review page; moderators and admins only.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i32>().ok()));
    let draft = move || query.with(|q| q.get("entwurf").unwrap_or_default());
    let review = Resource::new(
        move || (id(), draft()),
        |(id, draft)| async move {
            match id {
                Some(id) => get_review(id, draft).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match review.await {
                    Ok(r) => view! { <ReviewView r /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(AppError::Unauthorized) => {
                        view! {
                            <p>
                                <a class="button" href="/anmelden?weiter=/moderation">
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

/// The checklist, the decision, the history and the preview.
#[component]
fn ReviewView(r: Review) -> impl IntoView {
    let i18n = use_i18n();
    let locale = crate::i18n::locale();
    let title = td_string!(locale, moderation.review_title, id = r.id).to_string();
    let open = r.state.is_open();
    let licence = match r.licence_check.clone() {
        Ok(expr) => {
            let ok = td_string!(locale, moderation.licence_ok, licence = expr).to_string();
            view! { <li class="ok">"✓ " {ok}</li> }.into_any()
        }
        Err(why) => view! { <li class="bad">"✗ " {why}</li> }.into_any(),
    };
    view! {
        <PageMeta title=title.clone() description=title.clone() />
        <h1>{title}</h1>
        <p>
            <span class="badge" data-state=r.state.key()>
                {labels::submission_state(r.state)}
            </span>
            " · "
            {t!(i18n, moderation.proposer)}
            ": "
            {r.proposer.clone()}
        </p>
        <PostOutcome />
        <ErrorSummary errors=r.draft.errors.clone() />
        {r
            .slug
            .clone()
            .map(|slug| {
                view! {
                    <p class="button-row">
                        <a href=crate::wire::project_path(&slug)>{t!(i18n, account.to_project)}</a>
                        <a href=format!(
                            "{}/bearbeiten",
                            crate::wire::project_path(&slug),
                        )>{t!(i18n, edit.edit_link)}</a>
                    </p>
                }
            })}
        {r
            .changes
            .clone()
            .map(|changes| {
                view! {
                    <section aria-labelledby="changes" class="group">
                        <h2 id="changes">{t!(i18n, moderation.changes)}</h2>
                        <dl class="diff">
                            {changes
                                .into_iter()
                                .map(|c| {
                                    view! {
                                        <dt>{c.label}</dt>
                                        <dd>
                                            <del>{c.old}</del>
                                            <ins>{c.new}</ins>
                                        </dd>
                                    }
                                })
                                .collect_view()}
                        </dl>
                    </section>
                }
            })}
        <section aria-labelledby="checklist" class="group">
            <h2 id="checklist">{t!(i18n, moderation.checklist)}</h2>
            <ul class="checklist">
                {licence}
                {CRITERIA
                    .iter()
                    .map(|key| {
                        let ok = r.confirmed.iter().any(|c| c == key);
                        view! {
                            <li class=if ok {
                                "ok"
                            } else {
                                "bad"
                            }>{if ok { "✓ " } else { "✗ " }} {labels::criterion(key)}</li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(!r.problems.is_empty())
                .then(|| {
                    view! {
                        <div class="problem" role="alert">
                            <ul>
                                {r
                                    .problems
                                    .iter()
                                    .map(|p| view! { <li>{p.clone()}</li> })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                })}
        </section>
        {open.then(|| view! { <Decision id=r.id draft=r.draft.clone() /> })}
        <section aria-labelledby="history" class="group">
            <h2 id="history">{t!(i18n, moderation.history)}</h2>
            <ol class="history">
                {r
                    .history
                    .iter()
                    .map(|h| {
                        view! {
                            <li>
                                <p class="muted">
                                    {h.when.clone()} " · " {h.who.clone()}
                                    {h
                                        .state
                                        .map(|s| {
                                            let state = labels::submission_state(s);
                                            view! {
                                                " · "
                                                <span class="badge">{state}</span>
                                            }
                                        })}
                                </p>
                                {(!h.message.is_empty())
                                    .then(|| view! { <p>{h.message.clone()}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <form method="post" action="/api/moderation/kommentar" class="stack">
                <input type="hidden" name="id" value=r.id />
                <TextArea
                    name="text"
                    id="comment"
                    label=td_string!(locale, moderation.comment).to_string()
                    value=r.draft.value("comment")
                    required=true
                    rows=3
                    error=error_for(&r.draft.errors, "comment").map(str::to_string)
                />
                <button type="submit" class="button button-secondary">
                    {t!(i18n, moderation.comment_submit)}
                </button>
            </form>
        </section>
        <section aria-labelledby="preview" class="preview">
            <h2 id="preview">{t!(i18n, moderation.preview)}</h2>
            {r.preview.clone().map(|p| view! { <ProfileBody p nested=true /> })}
        </section>
    }
}

/// The decision: take into review, ask back, accept or reject, with a message to the proposer.
#[component]
fn Decision(id: i32, draft: FormDraft) -> impl IntoView {
    let i18n = use_i18n();
    let locale = crate::i18n::locale();
    view! {
        <section aria-labelledby="decision" class="group">
            <h2 id="decision">{t!(i18n, moderation.decision)}</h2>
            <form method="post" action="/api/moderation/entscheiden" class="stack">
                <input type="hidden" name="id" value=id />
                <TextArea
                    name="nachricht"
                    id="message"
                    label=td_string!(locale, moderation.message).to_string()
                    hint=td_string!(locale, moderation.message_hint).to_string()
                    value=draft.value("message")
                    error=error_for(&draft.errors, "message").map(str::to_string)
                />
                <div class="button-row">
                    <button type="submit" name="entscheidung" value="annehmen" class="button">
                        {t!(i18n, moderation.accept)}
                    </button>
                    <button
                        type="submit"
                        name="entscheidung"
                        value="rueckfrage"
                        class="button button-secondary"
                    >
                        {t!(i18n, moderation.query)}
                    </button>
                    <button
                        type="submit"
                        name="entscheidung"
                        value="pruefen"
                        class="button button-secondary"
                    >
                        {t!(i18n, moderation.take)}
                    </button>
                    <button
                        type="submit"
                        name="entscheidung"
                        value="ablehnen"
                        class="button button-secondary"
                    >
                        {t!(i18n, moderation.reject)}
                    </button>
                </div>
            </form>
        </section>
    }
}
