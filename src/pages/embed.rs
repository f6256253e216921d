//! `/embed?…`: the chart alone, for iframes in articles.
//!
//! Same chart query as the song and compare views, plus `theme=light|dark|auto`
//! (set on `<html>` as `data-theme`, so the design tokens switch; `auto`
//! leaves `prefers-color-scheme` in charge) and `transparent=1`. The view
//! reports its height and a ready/error status to the parent window
//! ([`post_height`], [`post_status`]) and accepts no messages.

use leptos::html::Div;
use leptos::prelude::*;
use needledrop_core::archive_song::ArchiveRef;
use needledrop_core::export::{chart_title, EmbedLook, EmbedTheme};
use needledrop_core::table::Notice;

use crate::components::archive::ArchiveSongChart;
use crate::components::chart::{post_height, post_status, SpikeChart};
use crate::components::{use_charted_songs, LinkedData, QueryNotices, WithDataset};
use crate::document_meta::set_page_meta;
use crate::element_size::use_element_size;
use crate::imports::{use_imports, Linked};
use crate::state::use_dataset;
use crate::url_state::{borrowed, use_query_reading};

/// Applies the look to `<html>`: `data-theme` and the `embed-transparent` class.
fn apply_look(look: &EmbedLook) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    else {
        return;
    };
    let _ = match look.theme {
        EmbedTheme::Auto => root.remove_attribute("data-theme"),
        theme => root.set_attribute("data-theme", theme.as_str()),
    };
    let classes = root.class_list();
    let _ = classes.add_1("embed-page");
    let _ = classes.toggle_with_force("embed-transparent", look.transparent);
}

/// The bottom of `element` in document coordinates, in CSS pixels.
fn content_height(element: &web_sys::HtmlElement) -> f64 {
    let scroll = web_sys::window()
        .and_then(|window| window.scroll_y().ok())
        .unwrap_or(0.0);
    element.get_bounding_client_rect().bottom() + scroll
}

/// The chrome-less chart view: same chart query as the song and compare views.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let imports = use_imports();
    let songs: Signal<Vec<String>> = use_charted_songs().into();
    let look = use_query_reading(|pairs| EmbedLook::from_pairs(borrowed(pairs)));
    // Before the chart draws, so the canvas reads the right tokens.
    look.with_untracked(|(look, _)| apply_look(look));
    Effect::new(move |_| look.with(|(look, _)| apply_look(look)));
    // `archive=…&title=…&artist=…`: a chart of the chart archive.
    let archive_ref = use_query_reading(|pairs| ArchiveRef::from_pairs(borrowed(pairs)));
    let archive = Signal::derive(move || archive_ref.get().and_then(Result::ok));
    let notices = Signal::derive(move || {
        let mut notices = look.with(|(_, notices)| notices.clone());
        if let Some(Err(reason)) = archive_ref.get() {
            notices.push(Notice {
                key: "archive".to_owned(),
                reason,
            });
        }
        notices
    });
    let transparent = look.with_untracked(|(look, _)| look.transparent);

    let root = NodeRef::<Div>::new();
    let size = use_element_size(root);
    Effect::new(move |_| {
        let _ = (size.width.get(), size.height.get());
        if let Some(element) = root.get() {
            post_height(content_height(&element));
        }
    });
    let dataset = use_dataset();
    Effect::new(move |_| {
        if let Some(Err(error)) = dataset.resource.get() {
            post_status(Err(&error.to_string()));
        }
    });
    Effect::new(move |_| {
        imports.linked.with(|linked| {
            if let Linked::Failed(_, lines, _) = linked {
                post_status(Err(&lines.join(" ")));
            }
        });
    });
    let on_status = Callback::new(move |status: Result<(), String>| {
        post_status(status.as_ref().map(|_| ()).map_err(String::as_str));
    });

    view! {
        <div class="embed" node_ref=root>
            <QueryNotices notices/>
            <LinkedData/>
            <WithDataset render=move |dataset| {
                if let Some(reference) = archive.get() {
                    set_page_meta(
                        &format!("{} — {}", reference.title, reference.artist),
                        "A Needledrop chart from the chart archive.",
                    );
                    return view! { <ArchiveSongChart dataset reference embedded=true/> }.into_any();
                }
                let title = {
                    let dataset = dataset.clone();
                    move || chart_title(&dataset, &songs.get())
                };
                set_page_meta(&title(), "A Needledrop chart: what a streaming show did to a song's chart history.");
                view! {
                    <h1 class="embed__title">{title}</h1>
                    <SpikeChart dataset songs embedded=true transparent on_status/>
                }
                .into_any()
            }/>
        </div>
    }
}
