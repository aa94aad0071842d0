//! The instance's name and its text pages.

use super::AppState;
use crate::wire::{OperatorView, SiteInfo, TextContent, TextKind};

/// The instance's name, city and public address.
pub fn info(state: &AppState) -> SiteInfo {
    SiteInfo {
        name: state.instance.name.clone(),
        city: state.instance.city.clone(),
        description: state.instance.description.clone(),
        base_url: state.base_url.clone(),
        theme_color: state.instance.theme_color.clone(),
    }
}

/// A text page from the instance file; the legal ones carry the operator's contact block.
pub fn text(state: &AppState, kind: TextKind) -> TextContent {
    let pages = &state.instance.pages;
    let markdown = match kind {
        TextKind::About => &pages.ueber,
        TextKind::Imprint => &pages.impressum,
        TextKind::Privacy => &pages.datenschutz,
        TextKind::Accessibility => &pages.barrierefreiheit,
    };
    let operator = (kind != TextKind::About).then(|| {
        let o = &state.instance.operator;
        OperatorView {
            name: o.name.clone(),
            represented_by: o.represented_by.clone(),
            unit: o.unit.clone(),
            street: o.street.clone(),
            town: o.town.clone(),
            phone: o.phone.clone(),
        }
    });
    TextContent { operator, html: domain::markdown::render_page(markdown) }
}
