//! The forms of the own account page: name, address, password, data download, deletion.

use domain::proposal::error_for;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::get_draft;
use crate::components::form::{ErrorSummary, Field};
use crate::i18n::*;
use crate::wire::account::{FormDraft, MyAccount};

/// All settings of the account, each its own small form.
#[component]
pub fn Settings(me: MyAccount) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let id = move || query.with(|q| q.get("entwurf").unwrap_or_default());
    let draft = Resource::new(id, |id| async move {
        if id.is_empty() {
            return FormDraft::default();
        }
        get_draft("konto".into(), id).await.unwrap_or_default()
    });
    let l = crate::i18n::locale();
    view! {
        <section aria-labelledby="settings" class="stack">
            <h2 id="settings">{t!(i18n, settings.title)}</h2>
            <Suspense>
                {move || {
                    let me = me.clone();
                    Suspend::new(async move {
                        let d = draft.await;
                        let err = |f: &str| error_for(&d.errors, f).map(str::to_string);
                        let name = if d.values.contains_key("name") {
                            d.value("name")
                        } else {
                            me.name.clone()
                        };
                        view! {
                            <ErrorSummary errors=d.errors.clone() />
                            <form method="post" action="/api/konto/name" class="group">
                                <Field
                                    name="name"
                                    label=td_string!(l, auth.name).to_string()
                                    value=name
                                    required=true
                                    autocomplete="name"
                                    error=err("name")
                                />
                                <button type="submit" class="button button-secondary">
                                    {t!(i18n, settings.rename)}
                                </button>
                            </form>
                            <form method="post" action="/api/konto/email" class="group">
                                <Field
                                    name="new_email"
                                    kind="email"
                                    label=td_string!(l, settings.new_email).to_string()
                                    value=d.value("new_email")
                                    required=true
                                    autocomplete="email"
                                    hint=td_string!(l, settings.email_hint).to_string()
                                    error=err("new_email")
                                />
                                <button type="submit" class="button button-secondary">
                                    {t!(i18n, settings.change_email)}
                                </button>
                            </form>
                            <form method="post" action="/api/konto/passwort" class="group">
                                {me
                                    .has_password
                                    .then(|| {
                                        let label = td_string!(l, settings.current_password);
                                        view! {
                                            <Field
                                                name="current_password"
                                                kind="password"
                                                label=label.to_string()
                                                required=true
                                                autocomplete="current-password"
                                                error=err("current_password")
                                            />
                                        }
                                    })}
                                {(!me.has_password)
                                    .then(|| {
                                        view! {
                                            <input type="hidden" name="current_password" value="" />
                                        }
                                    })}
                                <Field
                                    name="new_password"
                                    kind="password"
                                    label=td_string!(l, auth.new_password).to_string()
                                    required=true
                                    autocomplete="new-password"
                                    hint=td_string!(l, auth.password_hint).to_string()
                                    error=err("new_password")
                                />
                                <button type="submit" class="button button-secondary">
                                    {t!(i18n, settings.change_password)}
                                </button>
                            </form>
                            <div class="group">
                                <p>{t!(i18n, settings.export_text)}</p>
                                <p>
                                    <a
                                        href="/api/konto/daten"
                                        download="meine-daten.json"
                                        rel="external"
                                    >
                                        {t!(i18n, settings.export)}
                                    </a>
                                </p>
                            </div>
                            <form method="post" action="/api/konto/loeschen" class="group">
                                <p>{t!(i18n, settings.delete_text)}</p>
                                <Field
                                    name="delete_confirmation"
                                    kind="password"
                                    label=td_string!(l, settings.delete_confirmation).to_string()
                                    required=true
                                    autocomplete="current-password"
                                    error=err("delete_confirmation")
                                />
                                <button type="submit" class="button button-secondary">
                                    {t!(i18n, settings.delete)}
                                </button>
                            </form>
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}
