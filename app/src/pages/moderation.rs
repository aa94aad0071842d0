//! `/moderation`: the steering group's queue, by state, oldest first, with counts.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::get_queue;
use crate::components::form::PostOutcome;
use crate::components::problem::Problem;
use crate::error::AppError;
use crate::i18n::*;
use crate::labels;
use crate::pages::meta::PageMeta;
use crate::wire::review::Queue;

/// The queue page; moderators and admins only.
#[component]
pub fn ModerationPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let status = move || query.with(|q| q.get("status").unwrap_or_default());
    let queue = Resource::new(status, get_queue);
    let locale = crate::i18n::locale();
    view! {
        <PageMeta
            title=td_string!(locale, moderation.title).to_string()
            description=td_string!(locale, moderation.title).to_string()
        />
        <h1>{t!(i18n, moderation.title)}</h1>
        <PostOutcome />
        <Suspense>
            {move || Suspend::new(async move {
                match queue.await {
                    Ok(q) => view! { <QueueView q /> }.into_any(),
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

/// The state tabs with counts and the list of one state.
#[component]
fn QueueView(q: Queue) -> impl IntoView {
    let i18n = use_i18n();
    let current = q.state;
    view! {
        <nav aria-label=td_string!(crate::i18n::locale(), moderation.states).to_string()>
            <ul class="nav-list tabs">
                {q
                    .counts
                    .iter()
                    .map(|(state, count)| {
                        let here = (*state == current).then_some("page");
                        view! {
                            <li>
                                <a
                                    href=format!("/moderation?status={}", state.key())
                                    aria-current=here
                                >
                                    {labels::submission_state(*state)}
                                    " ("
                                    {*count}
                                    ")"
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
        <h2>{labels::submission_state(current)}</h2>
        {if q.items.is_empty() {
            view! { <p>{t!(i18n, moderation.empty)}</p> }.into_any()
        } else {
            view! {
                <table class="queue">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, moderation.number)}</th>
                            <th scope="col">{t!(i18n, propose.name)}</th>
                            <th scope="col">{t!(i18n, moderation.proposer)}</th>
                            <th scope="col">{t!(i18n, moderation.sent)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {q
                            .items
                            .into_iter()
                            .map(|item| {
                                let href = format!("/moderation/{}", item.id);
                                view! {
                                    <tr>
                                        <td>{item.id}</td>
                                        <td>
                                            <a href=href>{item.name}</a>
                                        </td>
                                        <td>{item.proposer}</td>
                                        <td>{item.created}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            }
                .into_any()
        }}
        {q.can_appoint.then(|| view! { <Appoint /> })}
    }
}

/// The admins' form that makes an account a moderator.
#[component]
fn Appoint() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="appoint-title" class="group">
            <h2 id="appoint-title">{t!(i18n, moderation.appoint_title)}</h2>
            <form method="post" action="/api/verwaltung/moderation" class="stack">
                <div class="field">
                    <label for="appoint-email">{t!(i18n, auth.email)}</label>
                    <input
                        type="email"
                        id="appoint-email"
                        name="email"
                        required=true
                        autocomplete="off"
                    />
                </div>
                <button type="submit" class="button button-secondary">
                    {t!(i18n, moderation.appoint)}
                </button>
            </form>
        </section>
    }
}
