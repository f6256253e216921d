//! The interaction layer above the plot: crosshair, selection and tooltip.
//!
//! It has its own canvas, so pointer movement repaints a few lines here and
//! never the plot. Drag selects a range to zoom to; shift-drag, touch drag
//! and a two-finger pinch pan and zoom; the wheel zooms around the pointer;
//! double-click resets.

use leptos::html::Canvas;
use leptos::prelude::*;
use needledrop_core::chart::{nearest_point, point_description, ChartLayout, ChartSpec};
use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;

use super::performance_marks::mark;
use super::theme_tokens::theme_of;
use crate::element_listener::use_cancellable_listener;

/// Narrowest range zoom goes to, in days.
const MIN_SPAN_DAYS: f64 = 7.0;
/// Pixels a pointer must travel before a press becomes a drag.
const DRAG_THRESHOLD: f64 = 4.0;

/// What a pressed pointer is doing.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Gesture {
    /// Selecting a range from `start` (CSS px) to `current`.
    Select { start: f64, current: f64 },
    /// Dragging the plot: where it started, and the range then.
    Pan {
        start: f64,
        layout_start: f64,
        layout_end: f64,
    },
    /// Two fingers: their distance and midpoint at the start, and the range then.
    Pinch {
        distance: f64,
        middle: f64,
        layout_start: f64,
        layout_end: f64,
    },
}

/// A point under the cursor: which line, which point.
pub type Cursor = Option<(usize, usize)>;

fn context_of(canvas: &web_sys::HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten()?.dyn_into().ok()
}

/// The layer; `cursor` is shared with the keyboard and the live region.
#[component]
pub fn PointerLayer(
    /// The chart drawn below.
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// The layout of the last draw.
    #[prop(into)]
    layout: Signal<Option<ChartLayout>>,
    /// The highlighted point.
    cursor: RwSignal<Cursor>,
    /// The marker under the pointer, by index into the spec's markers.
    hovered_marker: RwSignal<Option<usize>>,
    /// Asks for a new visible range; `true` replaces the history entry.
    on_range: Callback<((f64, f64), bool)>,
    /// Asks for the default range.
    on_reset: Callback<()>,
) -> impl IntoView {
    let canvas_ref = NodeRef::<Canvas>::new();
    let gesture = RwSignal::new(None::<Gesture>);
    // Active touch pointers: id and x, for pinch.
    let touches = StoredValue::new(Vec::<(i32, f64)>::new());

    // Paint the crosshair and selection whenever they change.
    Effect::new(move |_| {
        let (Some(canvas), Some(layout)) = (canvas_ref.get(), layout.get()) else {
            return;
        };
        let ratio = web_sys::window().map_or(1.0, |window| window.device_pixel_ratio());
        let (width, height) = (
            (layout.width * ratio).round() as u32,
            (layout.height * ratio).round() as u32,
        );
        if canvas.width() != width {
            canvas.set_width(width);
        }
        if canvas.height() != height {
            canvas.set_height(height);
        }
        let Some(context) = context_of(&canvas) else {
            return;
        };
        let theme = theme_of(&canvas);
        context.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0).ok();
        context.clear_rect(0.0, 0.0, layout.width, layout.height);
        let plot = layout.plot;
        if let Some(Gesture::Select { start, current }) = gesture.get() {
            let (left, right) = (
                start.min(current).max(plot.left),
                start.max(current).min(plot.right()),
            );
            context.set_fill_style_str(&format!("{}33", theme.marker.to_hex()));
            context.fill_rect(left, plot.top, right - left, plot.height);
        }
        let hit = cursor.get().and_then(|(line, point)| {
            spec.with(|spec| {
                let line = spec.lines.get(line)?;
                let point = line.points.get(point)?;
                let y = layout.y_for(line.metric)?.to_px(point.value)?;
                Some((layout.x.to_px(point.x), y, theme.series_colour(line.colour)))
            })
        });
        if let Some((x, y, colour)) = hit.filter(|(x, y, _)| plot.contains(*x, *y)) {
            context.set_stroke_style_str(&theme.muted.to_hex());
            context.set_line_width(1.0);
            context.begin_path();
            context.move_to(x.round() + 0.5, plot.top);
            context.line_to(x.round() + 0.5, plot.bottom());
            context.move_to(plot.left, y.round() + 0.5);
            context.line_to(plot.right(), y.round() + 0.5);
            context.stroke();
            context.begin_path();
            context.set_fill_style_str(&colour.to_hex());
            context.arc(x, y, 4.5, 0.0, std::f64::consts::TAU).ok();
            context.fill();
        }
        mark("hover-painted");
    });

    let range_now =
        move || layout.with_untracked(|layout| layout.as_ref().map(|l| (l.x.start, l.x.end)));
    let extent = move || spec.with_untracked(|spec| spec.x_extent);

    let hover = move |x: f64, y: f64| {
        let Some(layout) = layout.get_untracked() else {
            return;
        };
        let near_marker = spec.with_untracked(|spec| {
            (y < layout.plot.top + 12.0)
                .then(|| {
                    spec.markers
                        .iter()
                        .position(|m| (layout.x.to_px(m.x) - x).abs() <= 6.0)
                })
                .flatten()
        });
        hovered_marker.set(near_marker);
        let hit = spec.with_untracked(|spec| nearest_point(spec, &layout, x, y));
        cursor.set(hit.map(|hit| (hit.line, hit.point)));
    };

    let on_pointer_down = move |event: web_sys::PointerEvent| {
        if event.button() != 0 {
            return;
        }
        let x = f64::from(event.offset_x());
        let Some((start, end)) = range_now() else {
            return;
        };
        if let Some(target) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            target.set_pointer_capture(event.pointer_id()).ok();
        }
        let touch = event.pointer_type() == "touch";
        if touch {
            touches.update_value(|list| {
                list.retain(|(id, _)| *id != event.pointer_id());
                list.push((event.pointer_id(), x));
            });
        }
        let pair = touches.with_value(|list| (list.len() == 2).then(|| (list[0].1, list[1].1)));
        let next = match pair {
            Some((a, b)) => Gesture::Pinch {
                distance: (a - b).abs().max(1.0),
                middle: (a + b) / 2.0,
                layout_start: start,
                layout_end: end,
            },
            None if touch || event.shift_key() => Gesture::Pan {
                start: x,
                layout_start: start,
                layout_end: end,
            },
            None => Gesture::Select {
                start: x,
                current: x,
            },
        };
        gesture.set(Some(next));
    };

    let on_pointer_move = move |event: web_sys::PointerEvent| {
        let (x, y) = (f64::from(event.offset_x()), f64::from(event.offset_y()));
        if event.pointer_type() == "touch" {
            touches.update_value(|list| {
                if let Some(entry) = list.iter_mut().find(|(id, _)| *id == event.pointer_id()) {
                    entry.1 = x;
                }
            });
        }
        let Some(layout) = layout.get_untracked() else {
            return;
        };
        match gesture.get_untracked() {
            None => hover(x, y),
            Some(Gesture::Select { start, .. }) => {
                gesture.set(Some(Gesture::Select { start, current: x }))
            }
            Some(Gesture::Pan {
                start,
                layout_start,
                layout_end,
            }) => {
                if (x - start).abs() >= DRAG_THRESHOLD {
                    let mut then = layout.x;
                    then.start = layout_start;
                    then.end = layout_end;
                    on_range.run((then.panned(x - start, extent()), true));
                }
            }
            Some(Gesture::Pinch {
                distance,
                middle,
                layout_start,
                layout_end,
            }) => {
                let pair =
                    touches.with_value(|list| (list.len() == 2).then(|| (list[0].1, list[1].1)));
                if let Some((a, b)) = pair {
                    let mut then = layout.x;
                    then.start = layout_start;
                    then.end = layout_end;
                    let factor = distance / (a - b).abs().max(1.0);
                    on_range.run((then.zoomed(middle, factor, extent(), MIN_SPAN_DAYS), true));
                }
            }
        }
    };

    let on_pointer_up = move |event: web_sys::PointerEvent| {
        touches.update_value(|list| list.retain(|(id, _)| *id != event.pointer_id()));
        let finished = gesture.get_untracked();
        gesture.set(None);
        if let (Some(Gesture::Select { start, current }), Some(layout)) =
            (finished, layout.get_untracked())
        {
            if (current - start).abs() >= DRAG_THRESHOLD {
                let (from, to) = layout.x.between(start, current);
                let span = (to - from).max(MIN_SPAN_DAYS);
                on_range.run(((from, from + span), false));
            }
        }
    };

    use_cancellable_listener(canvas_ref, "wheel", move |event: web_sys::WheelEvent| {
        let Some(layout) = layout.get_untracked() else {
            return;
        };
        let x = f64::from(event.offset_x());
        if !layout.plot.contains(x, f64::from(event.offset_y())) || event.delta_y() == 0.0 {
            return;
        }
        event.prevent_default();
        let factor = if event.delta_y() > 0.0 { 1.25 } else { 0.8 };
        on_range.run((layout.x.zoomed(x, factor, extent(), MIN_SPAN_DAYS), true));
    });

    let tooltip = move || {
        let layout = layout.get()?;
        if let Some(index) = hovered_marker.get() {
            return spec.with(|spec| {
                let placed = spec.markers.get(index)?;
                let left = layout.x.to_px(placed.x);
                let placements = placed.marker.placements.iter().map(|text| view! { <li>{text.clone()}</li> }).collect_view();
                Some(
                    view! {
                        <div class="chart-tooltip" style=tooltip_style(left, layout.plot.top, layout.width)>
                            <p class="chart-tooltip__title">{placed.marker.label.clone()}</p>
                            <p>{placed.marker.date.to_string()}</p>
                            <ul class="chart-tooltip__placements">{placements}</ul>
                        </div>
                    }
                    .into_any(),
                )
            });
        }
        let (line, point) = cursor.get()?;
        spec.with(|spec| {
            let description = point_description(spec, line, point)?;
            let chart_line = spec.lines.get(line)?;
            let chart_point = chart_line.points.get(point)?;
            let x = layout.x.to_px(chart_point.x);
            let y = layout.y_for(chart_line.metric)?.to_px(chart_point.value)?;
            if !layout.plot.contains(x, y) {
                return None;
            }
            let day = description.day.clone().map(|day| format!(" · {day}"));
            Some(
                view! {
                    <div class="chart-tooltip" style=tooltip_style(x, y, layout.width)>
                        <p class="chart-tooltip__date">{description.date.clone()}{day}</p>
                        <p class="chart-tooltip__series">{description.series.clone()}</p>
                        <p class="chart-tooltip__value">{description.value.clone()}</p>
                        <p class="chart-tooltip__change">{description.change.clone()}</p>
                    </div>
                }
                .into_any(),
            )
        })
    };

    view! {
        <canvas
            class="chart-pointer"
            node_ref=canvas_ref
            aria-hidden="true"
            on:pointerdown=on_pointer_down
            on:pointermove=on_pointer_move
            on:pointerup=on_pointer_up
            on:pointercancel=move |event: web_sys::PointerEvent| {
                touches.update_value(|list| list.retain(|(id, _)| *id != event.pointer_id()));
                gesture.set(None);
            }
            on:pointerleave=move |_| {
                if gesture.get_untracked().is_none() {
                    cursor.set(None);
                    hovered_marker.set(None);
                }
            }
            on:dblclick=move |_| on_reset.run(())
        ></canvas>
        {tooltip}
    }
}

/// Places the tooltip beside the point, on the side with more room.
fn tooltip_style(x: f64, y: f64, width: f64) -> String {
    if x > width / 2.0 {
        format!(
            "right: {:.0}px; top: {:.0}px;",
            (width - x + 12.0).max(0.0),
            (y + 12.0).max(0.0)
        )
    } else {
        format!(
            "left: {:.0}px; top: {:.0}px;",
            x + 12.0,
            (y + 12.0).max(0.0)
        )
    }
}
