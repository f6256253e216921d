//! Press-reported figures, labelled as claims of their publisher.

use leptos::prelude::*;
use needledrop_core::model::ReportedFigure;

use crate::site::safe_external_url;

/// The "Reported in the press" panel: each figure as "reported by
/// <publisher>" with its link and reliability note; nothing when there are none.
#[component]
pub fn ReportedFigures(
    /// The figures to list.
    figures: Vec<ReportedFigure>,
) -> impl IntoView {
    let empty = figures.is_empty();
    let items = figures
        .into_iter()
        .map(|figure| {
            let link = safe_external_url(&figure.url).map(|url| {
                let url = url.to_owned();
                let publisher = figure.publisher.clone();
                view! { <a href=url rel="noopener noreferrer">{publisher}</a> }.into_any()
            });
            let publisher = link.unwrap_or_else(|| view! { <span>{figure.publisher.clone()}</span> }.into_any());
            view! {
                <li class="reported">
                    <p class="reported__claim">
                        <strong>{figure.shown_value()}</strong>
                        " — "{figure.claim.clone()}
                        <span class="muted">{format!(" ({}, {})", figure.period, figure.region)}</span>
                    </p>
                    <p class="reported__source">
                        "Reported by "{publisher}{format!(" on {}, data: {}. ", figure.page_date, figure.provider)}
                        <span class="reported__reliability">{figure.reliability.clone()}</span>
                    </p>
                </li>
            }
        })
        .collect_view();
    (!empty).then(|| {
        view! {
            <section class="panel" id="reported">
                <h2>"Reported in the press"</h2>
                <ul class="reported-list">{items}</ul>
                <p class="source-note">"These are claims published by the press, not measured series: they are shown as reported, with their source."</p>
            </section>
        }
    })
}
