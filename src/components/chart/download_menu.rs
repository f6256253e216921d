//! The chart's download menu: PNG (at the screen's pixel ratio and at 2x),
//! SVG (the same drawing code through plotters' SVG backend), CSV and JSON
//! of exactly the points in view, and a copy of the permalink.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use needledrop_core::chart::{draw_chart, ChartLayout, ChartSpec};
use needledrop_core::export::{
    caption_height, chart_svg_document, chart_title, export_file_name, rows_in_view, source_line,
    to_csv, to_json, SvgCaption,
};
use needledrop_core::Dataset;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::clipboard::copy_text;
use super::file_save::{save_blob, save_text};
use super::theme_tokens::theme_of;

/// Which file to make.
#[derive(Clone, Copy)]
enum Download {
    /// PNG at the device pixel ratio.
    PngScreen,
    /// PNG at twice the CSS size.
    PngDouble,
    Svg,
    Csv,
    Json,
}

/// A "Download" disclosure with one button per format and "Copy link".
#[component]
pub fn DownloadMenu(
    /// The dataset (titles, sources).
    dataset: Arc<Dataset>,
    /// The songs charted.
    #[prop(into)]
    songs: Signal<Vec<String>>,
    /// The chart as drawn.
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// The drawn layout (its size is the chart's CSS size).
    #[prop(into)]
    layout: Signal<Option<ChartLayout>>,
    /// The chart stack, whose design tokens give the colours.
    stack: NodeRef<Div>,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let menu = NodeRef::<leptos::html::Details>::new();
    // Like any menu, it closes once an item is chosen.
    let close_menu = move || {
        if let Some(menu) = menu.get_untracked() {
            let _ = menu.remove_attribute("open");
        }
    };
    let run = StoredValue::new(move |kind: Download| {
        close_menu();
        let outcome = spec.with_untracked(|spec| {
            let Some(layout) = layout.get_untracked() else {
                return Err("The chart is not drawn yet.".to_owned());
            };
            let theme = stack
                .get_untracked()
                .map(|element| theme_of(&element))
                .unwrap_or_else(needledrop_core::chart::ChartTheme::light);
            match kind {
                Download::PngScreen | Download::PngDouble => {
                    let ratio = match kind {
                        Download::PngDouble => 2.0,
                        _ => screen_ratio(),
                    };
                    save_png(spec, &theme, &layout, ratio, export_file_name(spec, "png"))
                }
                Download::Svg => {
                    let title = chart_title(&dataset, &songs.get_untracked());
                    let source = source_line(&dataset, spec);
                    let svg = chart_svg_document(
                        spec,
                        &theme,
                        SvgCaption {
                            title: &title,
                            source_line: &source,
                        },
                        (
                            layout.width.round() as u32,
                            layout.height.round() as u32
                                + caption_height(spec, layout.width.round() as u32),
                        ),
                    );
                    save_text(&svg, "image/svg+xml", &export_file_name(spec, "svg"))
                }
                Download::Csv => save_text(
                    &to_csv(&rows_in_view(&dataset, spec)),
                    "text/csv;charset=utf-8",
                    &export_file_name(spec, "csv"),
                ),
                Download::Json => save_text(
                    &to_json(&rows_in_view(&dataset, spec)),
                    "application/json",
                    &export_file_name(spec, "json"),
                ),
            }
        });
        status.set(outcome.err().unwrap_or_default());
    });
    let copy_link = move |_| {
        close_menu();
        let href = web_sys::window()
            .and_then(|window| window.location().href().ok())
            .unwrap_or_default();
        let shown = href.clone();
        copy_text(&href, move |copied| {
            status.set(if copied {
                "Link copied.".to_owned()
            } else {
                format!("Copy this link: {shown}")
            });
        });
    };
    let item = move |label: &'static str, kind: Download| {
        view! { <button type="button" class="chart-menu__item" on:click=move |_| run.with_value(|run| run(kind))>{label}</button> }
    };
    view! {
        <details class="chart-menu" node_ref=menu
            on:keydown=move |event: web_sys::KeyboardEvent| if event.key() == "Escape" { close_menu() }>
            <summary class="chart-button">"Download"</summary>
            <div class="chart-menu__panel" role="group" aria-label="Download the chart">
                {item("PNG image (screen resolution)", Download::PngScreen)}
                {item("PNG image (2×)", Download::PngDouble)}
                {item("SVG image", Download::Svg)}
                {item("CSV data (points in view)", Download::Csv)}
                {item("JSON data (points in view)", Download::Json)}
                <button type="button" class="chart-menu__item" on:click=copy_link>"Copy link"</button>
            </div>
        </details>
        <p class="chart-menu__status" role="status">{move || status.get()}</p>
    }
}

/// The device pixel ratio, or 1.
fn screen_ratio() -> f64 {
    web_sys::window()
        .map(|window| window.device_pixel_ratio())
        .filter(|ratio| ratio.is_finite() && *ratio > 0.0)
        .unwrap_or(1.0)
}

/// Draws the chart at `ratio` times its CSS size on a canvas that is never
/// attached to the page, then saves it as PNG.
fn save_png(
    spec: &ChartSpec,
    theme: &needledrop_core::chart::ChartTheme,
    layout: &ChartLayout,
    ratio: f64,
    name: String,
) -> Result<(), String> {
    let canvas = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("canvas").ok())
        .and_then(|element| element.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        .ok_or("cannot create a canvas")?;
    canvas.set_width((layout.width * ratio).round() as u32);
    canvas.set_height((layout.height * ratio).round() as u32);
    let mut backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2D drawing context")?;
    draw_chart(&mut backend, spec, theme, ratio).map_err(|_| "the chart could not be drawn")?;
    let on_blob = Closure::once_into_js(move |blob: JsValue| {
        if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
            let _ = save_blob(&blob, &name);
        }
    });
    canvas
        .to_blob(on_blob.unchecked_ref())
        .map_err(|_| "the browser would not encode the image".to_owned())
}
