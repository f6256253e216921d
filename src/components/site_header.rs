//! The site header: name and main navigation.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::site::href;

/// Header with the brand and the four main sections.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href=href("/") attr:class="brand">
                    <span class="brand__mark" aria-hidden="true">"◉"</span>
                    " Needledrop"
                </A>
                <nav class="site-nav" aria-label="Main">
                    <A href=href("/") exact=true>"Shows"</A>
                    <A href=href("/compare")>"Compare"</A>
                    <A href=href("/archive")>"Archive"</A>
                    <A href=href("/data")>"Data"</A>
                </nav>
            </div>
        </header>
    }
}
