//! `/data`: every source with its link and commit, the caveats, the method and downloads.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use needledrop_core::table::unknown_parameters;

use crate::components::{QueryNotices, WithDataset};
use crate::data_source::data_url;
use crate::document_meta::set_page_meta;
use crate::site::safe_external_url;
use crate::url_state::{borrowed, query_pairs};

/// The data and method page.
#[component]
pub fn DataPage() -> impl IntoView {
    set_page_meta(
        "Data and method",
        "Every source of Needledrop's figures, with links, commits, caveats, method and downloads.",
    );
    // The page reads no parameter: any a link carries is named.
    let query = use_query_map();
    let notices =
        Signal::derive(move || unknown_parameters(borrowed(&query_pairs(&query.read())), &[]));
    view! {
        <article class="data-page">
            <h1>"Data and method"</h1>
            <p class="lede">
                "Every figure on this site traces to a row of one of these sources. Nothing is estimated or interpolated; gaps are shown as gaps."
            </p>
            <QueryNotices notices/>
            <section class="panel" id="caveats">
                <h2>"Caveats"</h2>
                <ul class="caveats">
                    <li><strong>"Chart streams are filtered. "</strong>"Spotify's chart counts streams after its own filtering, so they are not the raw plays a dashboard shows."</li>
                    <li><strong>"Absent means below the chart. "</strong>"A song missing from a Top 200 on a day ranked below 200 that day; it is not missing data. Charts draw that as a gap."</li>
                    <li><strong>"Billboard disagrees with itself on “Running Up That Hill”. "</strong>"Billboard's own 2023 article says the song reached No. 4 on the Hot 100; the weekly chart rows show No. 3 on 2022-07-30 and 2022-08-06. We show the chart rows."</li>
                    <li><strong>"Recurrent rules. "</strong>"Many airplay runs stop at exactly 20 weeks: Billboard's recurrent rule moves songs off those charts, it is not missing data."</li>
                    <li><strong>"Ties are not causes. "</strong>"A song tied to a show was not necessarily lifted by it: “You Spin Me Round” was on the US Spotify chart in 2017, years before Stranger Things 4 used it. Compare dates with the release."</li>
                    <li><strong>"Gaps. "</strong>"No public daily Spotify series after March 2018 was found, so recent shows have weekly Billboard ranks and press figures only. Full track lists exist here only for Stranger Things (from its captions); no UK charts."</li>
                </ul>
            </section>
            <section class="panel" id="method">
                <h2>"How the figures are derived"</h2>
                <dl class="facts">
                    <dt>"Song identity"</dt>
                    <dd>"Titles and artists are matched across sources after normalising case, quotes and apostrophes, accents, featured-artist credits and remaster suffixes; version words (remix, opening title version, cover) make a separate song."</dd>
                    <dt>"Series"</dt>
                    <dd>"Every chart row of a song becomes a point: the rank (1 is best) or the streams on that chart date. The Hot 100 series is the song's whole 1958-2026 history."</dd>
                    <dt>"Peaks"</dt>
                    <dd>"The best (lowest) rank of a series and the first date it was reached; for Spotify also the highest daily streams and their date."</dd>
                    <dt>"Best song peak of a show"</dt>
                    <dd>"The best rank any song tied to the show reached on or after the release it is tied to; earlier runs (Running Up That Hill in 1985) do not count."</dd>
                    <dt>"Charting songs"</dt>
                    <dd>"Songs tied to the show with at least one chart point on or after that release."</dd>
                    <dt>"Spike statistics"</dt>
                    <dd>{needledrop_core::stats::METHOD}</dd>
                    <dt>"Biggest lift of a show"</dt>
                    <dd>"The largest rank gained by any of its songs after a release (places climbed from the baseline to the peak; from off the chart counts as from one place below the last rank); where only a streams series shows a lift, the streams ratio. Rank gains and streams ratios are not comparable, so the table sorts rank gains first."</dd>
                    <dt>"Press figures"</dt>
                    <dd>"Copied from the article named beside each, with its reliability note. They are claims, never mixed into the measured series."</dd>
                </dl>
            </section>
            <WithDataset render=|dataset| {
                let downloads = {
                    let mut files: Vec<(String, String)> = vec![
                        ("index.json".into(), "shows, songs, placements, series summaries, peaks, press figures".into()),
                        ("chart-context.json".into(), "Spotify streams at rank 1 and at the last rank, per day".into()),
                        ("archive/manifest.json".into(), "the chart archive's files (every Hot 100 week since 1958, the Spotify 2017-2018 daily charts: gzip, binary, names, sizes and checksums listed here)".into()),
                    ];
                    let mut series_files: Vec<&str> = dataset.series.iter().map(|s| s.file.as_str()).collect();
                    series_files.dedup();
                    for file in series_files {
                        files.push((file.to_owned(), "points of one song's series".into()));
                    }
                    files.into_iter().map(|(file, what)| {
                        let url = data_url(&file);
                        view! { <li><a href=url download="">{file}</a><span class="muted">{format!(" — {what}")}</span></li> }
                    }).collect_view()
                };
                let items = dataset.sources.iter().map(|source| {
                    let link = source.url.as_deref().and_then(safe_external_url).map(|url| {
                        view! { <a href=url.to_owned() rel="noopener noreferrer">{url.to_owned()}</a> }
                    });
                    view! {
                        <li id=format!("source-{}", source.id) class="source" tabindex="-1">
                            <h3 class="source__title">{source.title.clone()}</h3>
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
                view! {
                    <section class="panel" id="sources"><h2>"Sources"</h2><ul class="source-list">{items}</ul></section>
                    <section class="panel" id="downloads">
                        <h2>"Downloads"</h2>
                        <p>"The bundled dataset, as the app reads it (schema version 1):"</p>
                        <ul class="download-list">{downloads}</ul>
                    </section>
                }
            }/>
        </article>
    }
}
