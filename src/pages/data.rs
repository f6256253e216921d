//! `/data`: every source, with its link and commit.

use leptos::prelude::*;

use crate::components::WithDataset;
use crate::document_meta::set_page_meta;
use crate::site::safe_external_url;

/// The data and method page.
#[component]
pub fn DataPage() -> impl IntoView {
    set_page_meta(
        "Data and method",
        "Every source of Needledrop's figures, with links, commits and caveats.",
    );
    view! {
        <article class="data-page">
            <h1>"Data and method"</h1>
            <p class="lede">
                "Every figure on this site traces to a row of one of these sources. Nothing is estimated or interpolated; gaps are shown as gaps."
            </p>
            <WithDataset render=|dataset| {
                let items = dataset.sources.iter().map(|source| {
                    let link = source.url.as_deref().and_then(safe_external_url).map(|url| {
                        view! { <a href=url.to_owned() rel="noopener noreferrer">{url.to_owned()}</a> }
                    });
                    view! {
                        <li id=format!("source-{}", source.id) class="source">
                            <h2 class="source__title">{source.title.clone()}</h2>
                            <dl class="facts">
                                {link.map(|link| view! { <dt>"Address"</dt><dd>{link}</dd> })}
                                {source.path.clone().map(|path| view! { <dt>"File"</dt><dd><code>{path}</code></dd> })}
                                {source.commit.clone().map(|commit| view! { <dt>"Commit"</dt><dd><code>{commit}</code></dd> })}
                                {source.date.map(|date| view! { <dt>"Date"</dt><dd>{date.to_string()}</dd> })}
                                <dt>"Licence"</dt><dd>{source.licence.clone()}</dd>
                                {source.note.clone().map(|note| view! { <dt>"Note"</dt><dd>{note}</dd> })}
                            </dl>
                        </li>
                    }
                }).collect_view();
                view! { <section><h2>"Sources"</h2><ul class="source-list">{items}</ul></section> }
            }/>
        </article>
    }
}
