//! The plot layer: a canvas whose backing store is its CSS size times the
//! device pixel ratio, redrawn when the spec, the size or the ratio change.

use leptos::html::Canvas;
use leptos::prelude::*;
use needledrop_core::chart::{draw_chart, ChartLayout, ChartSpec};
use needledrop_core::export::WithoutBackground;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;

use super::performance_marks::{mark, measure};
use super::theme_tokens::{scheme_flips, theme_of};
use crate::element_size::use_element_size;
use crate::pixel_ratio::use_device_pixel_ratio;

/// Draws a chart spec with plotters on a canvas that fills its container.
#[component]
pub fn PlotCanvas(
    /// What to draw.
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// Receives the layout after each draw, so the pointer layer maps the same pixels.
    #[prop(optional)]
    on_layout: Option<WriteSignal<Option<ChartLayout>>>,
    /// Leave out the background fill, so the page shows through.
    #[prop(optional)]
    transparent: bool,
) -> impl IntoView {
    let canvas_ref = NodeRef::<Canvas>::new();
    let size = use_element_size(canvas_ref);
    let pixel_ratio = use_device_pixel_ratio();
    // The colours come from the page's tokens, which follow the reader's
    // light or dark setting unless a theme is forced: redraw when it flips.
    let scheme = scheme_flips();
    Effect::new(move |_| {
        scheme.track();
        let (width, height, ratio) = (size.width.get(), size.height.get(), pixel_ratio.get());
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        if width < 1.0 || height < 1.0 {
            return;
        }
        let ratio = if ratio.is_finite() && ratio > 0.0 {
            ratio
        } else {
            1.0
        };
        let (backing_width, backing_height) = (
            (width * ratio).round() as u32,
            (height * ratio).round() as u32,
        );
        // Setting a canvas's size clears it, so only when it changes.
        if canvas.width() != backing_width {
            canvas.set_width(backing_width);
        }
        if canvas.height() != backing_height {
            canvas.set_height(backing_height);
        }
        let theme = theme_of(&canvas);
        let Some(backend) = CanvasBackend::with_canvas_object(canvas) else {
            return;
        };
        mark("chart-draw-start");
        let layout = spec.with(|spec| {
            if transparent {
                // Nothing paints over the last drawing, so clear it first.
                clear(&canvas_ref);
                draw_chart(&mut WithoutBackground(backend), spec, &theme, ratio).ok()
            } else {
                let mut backend = backend;
                draw_chart(&mut backend, spec, &theme, ratio).ok()
            }
        });
        mark("chart-drawn");
        measure("chart-draw", "chart-draw-start", "chart-drawn");
        if let Some(on_layout) = on_layout {
            on_layout.set(layout);
        }
    });
    view! { <canvas class="chart-plot" node_ref=canvas_ref aria-hidden="true"></canvas> }
}

/// Clears the whole canvas (a transparent chart is drawn over nothing).
fn clear(canvas_ref: &NodeRef<Canvas>) {
    let Some(canvas) = canvas_ref.get_untracked() else {
        return;
    };
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
    if let Some(context) = context {
        context.clear_rect(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        );
    }
}
