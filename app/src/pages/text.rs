//! About, imprint, privacy and accessibility: texts from the instance file.

use leptos::prelude::*;

use crate::api::get_text;
use crate::components::problem::Problem;
use crate::i18n::*;
use crate::pages::meta::PageMeta;
use crate::wire::{OperatorView, TextKind};

/// A text page; the legal ones start with the operator's address.
#[component]
pub fn TextPage(kind: TextKind) -> impl IntoView {
    let content = Resource::new(move || kind, get_text);
    let title = match kind {
        TextKind::About => td_string!(crate::i18n::locale(), text.about),
        TextKind::Imprint => td_string!(crate::i18n::locale(), text.imprint),
        TextKind::Privacy => td_string!(crate::i18n::locale(), text.privacy),
        TextKind::Accessibility => td_string!(crate::i18n::locale(), text.accessibility),
    }
    .to_string();
    view! {
        <PageMeta title=title.clone() description=title.clone() canonical=path(kind).to_string() />
        <h1>{title}</h1>
        <Suspense>
            {move || Suspend::new(async move {
                match content.await {
                    Ok(page) => {
                        view! {
                            {page.operator.map(|o| view! { <Operator operator=o /> })}
                            <div class="prose" inner_html=page.html></div>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <Problem error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The address of a text page.
fn path(kind: TextKind) -> &'static str {
    match kind {
        TextKind::About => "/ueber",
        TextKind::Imprint => "/impressum",
        TextKind::Privacy => "/datenschutz",
        TextKind::Accessibility => "/barrierefreiheit",
    }
}

/// The operator's postal address and contact.
#[component]
fn Operator(operator: OperatorView) -> impl IntoView {
    let i18n = use_i18n();
    let tel = format!("tel:{}", operator.phone.replace(' ', ""));
    view! {
        <address class="operator">
            <strong>{operator.name}</strong>
            <br />
            {operator.represented_by}
            <br />
            {operator.unit}
            <br />
            {operator.street}
            <br />
            {operator.town}
            <br />
            {t!(i18n, text.phone)}
            " "
            <a href=tel>{operator.phone}</a>
        </address>
    }
}
