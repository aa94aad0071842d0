//! `/projekte/{slug}/bearbeiten`: initiators and moderators change a project; moderators also
//! withdraw it and see every version with what changed.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::get_edit_page;
use crate::components::form::{ErrorSummary, PostOutcome, RequiredNote};
use crate::components::problem::Problem;
use crate::error::AppError;
use crate::i18n::*;
use crate::pages::meta::PageMeta;
use crate::pages::not_found::NotFound;
use crate::pages::propose_fields::ProfileFields;
use crate::wire::review::{EditPage, VersionView};

/// The edit page.
#[component]
pub fn EditProjectPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let slug = params.with(|p| p.get("slug").unwrap_or_default());
        (slug, query.with(|q| q.get("entwurf").unwrap_or_default()))
    };
    let page = Resource::new(key, |(slug, draft)| get_edit_page(slug, draft));
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => view! { <EditForm p /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(AppError::Unauthorized) => {
                        view! {
                            <h1>{t!(i18n, edit.title_plain)}</h1>
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

/// The form, the publication switch and the versions.
#[component]
fn EditForm(p: EditPage) -> impl IntoView {
    let i18n = use_i18n();
    let locale = crate::i18n::locale();
    let title = td_string!(locale, edit.title, name = p.name.clone()).to_string();
    let rule = if p.moderator {
        td_string!(locale, edit.rule_moderator)
    } else {
        td_string!(locale, edit.rule_initiator)
    };
    view! {
        <PageMeta title=title.clone() description=title.clone() />
        <h1>{title}</h1>
        <PostOutcome />
        <p class="notice" id="stand">
            {rule.to_string()}
        </p>
        <ErrorSummary errors=p.form.errors.clone() />
        <RequiredNote />
        <form
            method="post"
            action="/api/projekt-bearbeiten"
            enctype="multipart/form-data"
            class="stack"
            novalidate
        >
            <input type="hidden" name="projekt" value=p.slug.clone() />
            <input type="hidden" name="stand" value=p.seen.clone() />
            <ProfileFields p=p.form.clone() />
            <button type="submit" class="button">
                {t!(i18n, edit.save)}
            </button>
        </form>
        <p>
            <a href=crate::wire::project_path(&p.slug)>{t!(i18n, edit.back)}</a>
        </p>
        {p.moderator.then(|| view! { <Publication slug=p.slug.clone() published=p.published /> })}
        {p.moderator.then(|| view! { <Versions versions=p.versions.clone() /> })}
    }
}

/// Withdraw or publish again (moderators).
#[component]
fn Publication(slug: String, published: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="publication" class="group">
            <h2 id="publication">{t!(i18n, edit.publication)}</h2>
            <form method="post" action="/api/projekt-veroeffentlichen">
                <input type="hidden" name="projekt" value=slug />
                <input
                    type="hidden"
                    name="veroeffentlichen"
                    value=if published { "" } else { "ja" }
                />
                <button type="submit" class="button button-secondary">
                    {if published {
                        t!(i18n, edit.unpublish).into_any()
                    } else {
                        t!(i18n, edit.republish).into_any()
                    }}
                </button>
            </form>
        </section>
    }
}

/// Every version, newest first, with what changed.
#[component]
fn Versions(versions: Vec<VersionView>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="versions" class="group">
            <h2 id="versions">{t!(i18n, edit.versions)}</h2>
            <ol class="history versions" reversed>
                {versions
                    .into_iter()
                    .map(|v| {
                        view! {
                            <li>
                                <p class="muted">{v.when} " · " {v.who} " · " {v.note}</p>
                                <dl class="diff">
                                    {v
                                        .changes
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
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
