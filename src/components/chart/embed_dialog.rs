//! The "Embed" dialog: the iframe snippet for the chart as it is now, with
//! options for theme, transparency and height, a live preview and a copy
//! button (falling back to selecting the code when the clipboard is closed).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::html::{Dialog, Textarea};
use leptos::prelude::*;
use needledrop_core::chart::{ChartQuery, ChartSpec};
use needledrop_core::export::{chart_title, embed_snippet, EmbedHeight, EmbedOptions, EmbedTheme};
use needledrop_core::import::is_imported;
use needledrop_core::Dataset;

use super::clipboard::copy_text;
use crate::imports::use_imports;
use crate::site::base_path;

/// Distinguishes the radio groups of several dialogs on one page.
static DIALOG_COUNT: AtomicUsize = AtomicUsize::new(0);

/// The site's absolute root, ending in `/` (`https://host/needledrop/`).
pub fn site_root() -> String {
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}/", base_path())
}

/// The "Embed" button and its dialog.
#[component]
pub fn EmbedDialog(
    /// The dataset (titles, which songs have a static chart).
    dataset: Arc<Dataset>,
    /// The songs charted.
    #[prop(into)]
    songs: Signal<Vec<String>>,
    /// The chart query in effect.
    #[prop(into)]
    query: Signal<ChartQuery>,
    /// The chart as drawn (its alignment is written out explicitly).
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// Pairs the embed URL carries besides the chart query (an archive chart's).
    #[prop(optional)]
    extra: Vec<(&'static str, String)>,
) -> impl IntoView {
    let number = DIALOG_COUNT.fetch_add(1, Ordering::Relaxed);
    let dialog = NodeRef::<Dialog>::new();
    let code = NodeRef::<Textarea>::new();
    let open = RwSignal::new(false);
    let theme = RwSignal::new(EmbedTheme::Auto);
    let transparent = RwSignal::new(false);
    let auto_height = RwSignal::new(true);
    let fixed_height = RwSignal::new(520_u32);
    let copy_status = RwSignal::new(String::new());

    let options = Memo::new(move |_| EmbedOptions {
        theme: theme.get(),
        transparent: transparent.get(),
        height: if auto_height.get() {
            EmbedHeight::Auto
        } else {
            EmbedHeight::Fixed(fixed_height.get())
        },
    });
    let imports = use_imports();
    let link = {
        let dataset = dataset.clone();
        Memo::new(move |_| imports.embed_link(&dataset, &songs.get()))
    };
    let embed_url = Memo::new(move |_| {
        let mut chart = query.get();
        chart.songs = songs.get();
        chart.align = Some(spec.with(|spec| spec.align));
        let mut pairs = chart.to_pairs();
        if let Ok(link) = link.get() {
            pairs.extend(link.to_pairs());
        }
        pairs.extend(extra.iter().cloned());
        options.get().embed_url(&site_root(), &pairs)
    });
    let snippet = {
        let dataset = dataset.clone();
        Memo::new(move |_| {
            let songs = songs.get();
            let title = format!("Chart: {}", chart_title(&dataset, &songs));
            let fallback = match songs.as_slice() {
                [song]
                    if dataset
                        .series
                        .iter()
                        .any(|series| &series.song == song && !is_imported(series)) =>
                {
                    Some(format!("data/embed/{song}.svg"))
                }
                _ => None,
            };
            embed_snippet(
                &site_root(),
                &embed_url.get(),
                &title,
                &options.get(),
                fallback.as_deref(),
            )
        })
    };

    let show = move |_| {
        copy_status.set(String::new());
        open.set(true);
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let copy = move |_| {
        copy_text(&snippet.get_untracked(), move |copied| {
            if copied {
                copy_status.set("Copied to the clipboard.".to_owned());
            } else {
                if let Some(code) = code.get_untracked() {
                    code.select();
                }
                copy_status.set("The clipboard is not available here: the code is selected, press Ctrl+C (⌘C) to copy it.".to_owned());
            }
        });
    };
    let theme_name = format!("embed-theme-{number}");
    let height_name = format!("embed-height-{number}");
    let title_id = format!("embed-title-{number}");
    let code_id = format!("embed-code-{number}");
    let (labelled_by, code_for) = (title_id.clone(), code_id.clone());
    let theme_choice = move |value: EmbedTheme, label: &'static str| {
        view! {
            <label class="embed-dialog__choice">
                <input type="radio" name=theme_name.clone() prop:checked=move || theme.get() == value
                    on:change=move |_| theme.set(value)/>
                {label}
            </label>
        }
    };
    view! {
        <button type="button" class="chart-button" aria-haspopup="dialog" on:click=show>"Embed"</button>
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby=labelled_by on:close=move |_| open.set(false)>
            <h2 id=title_id class="embed-dialog__title">"Embed this chart"</h2>
            <p class="muted">"Paste this code into your page. The chart keeps its source line and a link back here."</p>
            {move || link.get().err().map(|note| view! { <p class="notice embed-dialog__note" role="note">{note}</p> })}
            <div class="embed-dialog__options">
                <fieldset>
                    <legend>"Theme"</legend>
                    {theme_choice(EmbedTheme::Auto, "Follow the reader (auto)")}
                    {theme_choice(EmbedTheme::Light, "Light")}
                    {theme_choice(EmbedTheme::Dark, "Dark")}
                </fieldset>
                <fieldset>
                    <legend>"Height"</legend>
                    <label class="embed-dialog__choice">
                        <input type="radio" name=height_name.clone() prop:checked=move || auto_height.get()
                            on:change=move |_| auto_height.set(true)/>
                        "Fit the chart (with a small script)"
                    </label>
                    <label class="embed-dialog__choice">
                        <input type="radio" name=height_name prop:checked=move || !auto_height.get()
                            on:change=move |_| auto_height.set(false)/>
                        "Fixed: "
                        <input type="number" class="embed-dialog__height" min="150" max="4000" step="10"
                            aria-label="Fixed height in pixels"
                            prop:value=move || fixed_height.get().to_string()
                            on:input=move |event| {
                                if let Ok(pixels) = event_target_value(&event).parse::<u32>() {
                                    fixed_height.set(pixels.clamp(150, 4000));
                                    auto_height.set(false);
                                }
                            }/>
                        " px"
                    </label>
                </fieldset>
                <label class="embed-dialog__choice">
                    <input type="checkbox" prop:checked=move || transparent.get()
                        on:change=move |event| transparent.set(event_target_checked(&event))/>
                    "Transparent background"
                </label>
            </div>
            <label for=code_for class="embed-dialog__label">"Code to paste"</label>
            <textarea id=code_id class="embed-dialog__code" node_ref=code readonly rows="6" spellcheck="false"
                prop:value=move || snippet.get()></textarea>
            <div class="embed-dialog__actions">
                <button type="button" class="chart-button" on:click=copy>"Copy code"</button>
                <span class="embed-dialog__status" role="status">{move || copy_status.get()}</span>
            </div>
            <h3 class="embed-dialog__label">"Preview"</h3>
            <Show when=move || open.get()>
                <iframe class="embed-dialog__preview" title="Preview of the embedded chart"
                    src=move || embed_url.get()></iframe>
            </Show>
            <div class="embed-dialog__actions">
                <button type="button" class="chart-button" on:click=close>"Close"</button>
            </div>
        </dialog>
    }
}
