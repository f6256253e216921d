//! The chart's points as a table: the screen-reader (and spreadsheet) view
//! of exactly what is drawn.

use leptos::prelude::*;
use needledrop_core::chart::{format_value, point_description, points_in_x_range, ChartSpec};

/// Rows shown at most; zooming in shows the rest.
const MAX_ROWS: usize = 500;

/// The visible points of the shown series, by series then date.
#[component]
pub fn ChartDataTable(
    /// The chart.
    #[prop(into)]
    spec: Signal<ChartSpec>,
) -> impl IntoView {
    move || {
        spec.with(|spec| {
            let mut rows = Vec::new();
            let mut total = 0;
            for (index, line) in spec.visible_lines() {
                let range = points_in_x_range(line, spec.x_range);
                total += range.len();
                for point_index in range {
                    if rows.len() >= MAX_ROWS {
                        continue;
                    }
                    let Some(description) = point_description(spec, index, point_index) else { continue };
                    let value = line.points.get(point_index).map(|p| format_value(line.metric, p.value)).unwrap_or_default();
                    rows.push(view! {
                        <tr>
                            <th scope="row">{description.series}</th>
                            <td><time>{description.date}</time></td>
                            <td>{description.day.unwrap_or_default()}</td>
                            <td class="num">{value}</td>
                            <td>{description.change}</td>
                        </tr>
                    });
                }
            }
            let note = (total > MAX_ROWS).then(|| view! {
                <p class="muted">{format!("The first {MAX_ROWS} of {total} points; zoom in to list the rest.")}</p>
            });
            view! {
                <div class="table-wrap chart-data">
                    <table class="simple">
                        <caption>"Points shown on the chart"</caption>
                        <thead><tr>
                            <th scope="col">"Series"</th><th scope="col">"Date"</th><th scope="col">"Day"</th>
                            <th scope="col">"Value"</th><th scope="col">"Change"</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                    {note}
                </div>
            }
        })
    }
}
