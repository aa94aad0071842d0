//! `/konto`: the own account with its roles and the state of every own submission.

use leptos::prelude::*;

use crate::api::get_account;
use crate::components::form::PostOutcome;
use crate::components::problem::Problem;
use crate::error::AppError;
use crate::i18n::*;
use crate::labels;
use crate::pages::account_settings::Settings;
use crate::pages::meta::PageMeta;
use crate::wire::account::{MyAccount, MySubmission};

/// The account page; without a session it asks to log in.
#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let account = Resource::new(|| (), |()| get_account());
    let locale = crate::i18n::locale();
    view! {
        <PageMeta
            title=td_string!(locale, account.title).to_string()
            description=td_string!(locale, account.title).to_string()
        />
        <h1>{t!(i18n, account.title)}</h1>
        <PostOutcome />
        <Suspense>
            {move || Suspend::new(async move {
                match account.await {
                    Ok(me) => view! { <Overview me /> }.into_any(),
                    Err(AppError::Unauthorized) => {
                        view! {
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

/// Name, address, roles and submissions.
#[component]
fn Overview(me: MyAccount) -> impl IntoView {
    let i18n = use_i18n();
    let settings = me.clone();
    let roles: Vec<String> = me.roles.iter().map(|r| labels::role(*r)).collect();
    let roles = if roles.is_empty() { "–".to_string() } else { roles.join(", ") };
    view! {
        <dl class="facts">
            <dt>{t!(i18n, auth.name)}</dt>
            <dd>{me.name.clone()}</dd>
            <dt>{t!(i18n, auth.email)}</dt>
            <dd>{me.email.clone()}</dd>
            <dt>{t!(i18n, account.roles)}</dt>
            <dd>{roles}</dd>
        </dl>
        {(!me.has_password)
            .then(|| {
                view! {
                    <p class="notice">
                        {t!(i18n, account.no_password)} " "
                        <a href="/passwort-vergessen">{t!(i18n, account.set_password)}</a>
                    </p>
                }
            })}
        <section aria-labelledby="own-submissions">
            <h2 id="own-submissions">{t!(i18n, account.submissions)}</h2>
            {if me.submissions.is_empty() {
                view! {
                    <p>
                        {t!(i18n, account.none)} " "
                        <a href="/einreichen">{t!(i18n, account.propose)}</a>
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        {me.submissions.into_iter().map(|s| view! { <Own s /> }).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
        <section aria-labelledby="pate-werden">
            <h2 id="pate-werden">{t!(i18n, exchange.profile_title)}</h2>
            <p>
                <a href="/konto/pate">{t!(i18n, exchange.to_profile)}</a>
            </p>
        </section>
        <Settings me=settings />
    }
}

/// One own submission: name, state, the steering group's last message and what to do next.
#[component]
fn Own(s: MySubmission) -> impl IntoView {
    let i18n = use_i18n();
    let revise = (s.state == domain::SubmissionState::Query).then(|| {
        view! {
            <a class="button" href=format!("/einreichen?zu={}", s.id)>
                {t!(i18n, account.revise)}
            </a>
        }
    });
    let live = s.slug.clone().map(|slug| {
        let edit = format!("{}/bearbeiten", crate::wire::project_path(&slug));
        let board = format!("{}/paten", crate::wire::project_path(&slug));
        view! {
            <p class="button-row">
                <a href=crate::wire::project_path(&slug)>{t!(i18n, account.to_project)}</a>
                <a href=edit>{t!(i18n, account.edit)}</a>
                <a href=board>{t!(i18n, exchange.to_dashboard)}</a>
            </p>
        }
    });
    view! {
        <li class="card" data-submission=s.id data-state=s.state.key()>
            <h3>{s.name.clone()}</h3>
            <p>
                <span class="badge">{labels::submission_state(s.state)}</span>
                " · Nr. "
                {s.id}
                " · "
                {s.updated.clone()}
            </p>
            {s.message.clone().map(|m| view! { <blockquote class="message">{m}</blockquote> })}
            {revise}
            {live}
        </li>
    }
}
