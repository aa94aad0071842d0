//! The browser entry point: takes over the server-rendered page.

/// Hydrates the page the server rendered; called by the script cargo-leptos injects.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
