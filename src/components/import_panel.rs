//! "Your own data": load a CSV or JSON file (picker, drag and drop or a
//! `data=` address), map its columns with a preview, chart it beside the
//! bundled songs. A failed load leaves what was there untouched.

use leptos::prelude::*;
use needledrop_core::counted::counted;
use needledrop_core::import::{
    check_data_address, human_size, import_bytes, import_csv, read_file, ColumnMapping, CsvPreview,
    ImportError, ImportLimits, MetricSource, ParsedFile,
};
use needledrop_core::model::Metric;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::components::{page_is_https, MarkerEditor, CORS_HINT};
use crate::data_source::fetch_bytes;
use crate::imports::use_imports;

/// What the panel shows besides its inputs.
#[derive(Clone)]
enum Stage {
    Idle,
    Reading(String),
    Mapping(CsvPreview, ColumnMapping),
    Failed(Vec<String>, usize),
}

fn failed(error: &ImportError) -> Stage {
    Stage::Failed(error.lines(), error.unlisted())
}

/// Reads a picked or dropped file, checking its size before reading it.
async fn read_browser_file(file: web_sys::File) -> Result<Vec<u8>, String> {
    let limit = ImportLimits::default().max_bytes;
    let size = file.size() as usize;
    if size > limit {
        return Err(format!(
            "{}: the file is {}, over the limit of {}",
            file.name(),
            human_size(size),
            human_size(limit)
        ));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("{}: the browser could not read the file", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The import panel.
#[component]
pub fn ImportPanel(
    /// Called with the data just imported (already kept and saved).
    on_imported: Callback<needledrop_core::import::ImportedData>,
) -> impl IntoView {
    let imports = use_imports();
    let stage = RwSignal::new(Stage::Idle);
    let url = RwSignal::new(String::new());
    let limits = ImportLimits::default();

    let finish = move |data: needledrop_core::import::ImportedData| {
        imports.keep(data.clone());
        stage.set(Stage::Idle);
        on_imported.run(data);
    };
    let accept_bytes = move |name: String, bytes: Vec<u8>| match read_file(&name, &bytes, &limits) {
        Ok(ParsedFile::Json(data)) => finish(data),
        Ok(ParsedFile::Csv(preview)) => match preview.guess.to_mapping(&preview.table) {
            Ok((mapping, _)) => stage.set(Stage::Mapping(preview, mapping)),
            Err(_) => {
                let mapping = ColumnMapping {
                    date: 0,
                    value: 1.min(preview.table.header.len().saturating_sub(1)),
                    series: None,
                    metric: MetricSource::Fixed(Metric::Streams),
                };
                stage.set(Stage::Mapping(preview, mapping));
            }
        },
        Err(error) => stage.set(failed(&error)),
    };
    let load_file = move |file: web_sys::File| {
        stage.set(Stage::Reading(file.name()));
        leptos::task::spawn_local(async move {
            match read_browser_file(file.clone()).await {
                Ok(bytes) => accept_bytes(file.name(), bytes),
                Err(message) => stage.set(Stage::Failed(vec![message], 0)),
            }
        });
    };
    let on_pick = move |event: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> =
            event.target().and_then(|t| t.dyn_into().ok());
        if let Some(file) = input.and_then(|i| i.files()).and_then(|files| files.get(0)) {
            load_file(file);
        }
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        if let Some(file) = event
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            load_file(file);
        }
    };
    let load_url = move |_| {
        let address = url.get_untracked().trim().to_owned();
        if let Err(message) = check_data_address(&address, page_is_https()) {
            stage.set(Stage::Failed(vec![message], 0));
            return;
        }
        stage.set(Stage::Reading(address.clone()));
        leptos::task::spawn_local(async move {
            match fetch_bytes(&address).await {
                Ok(bytes) => match import_bytes(&address, &bytes, &limits) {
                    Ok(data) => finish(data),
                    Err(error) => stage.set(failed(&error)),
                },
                Err(error) => stage.set(Stage::Failed(vec![format!("{error} {CORS_HINT}")], 0)),
            }
        });
    };

    view! {
        <section class="panel import-panel" id="your-data">
            <h2>"Your own data"</h2>
            <p class="muted">"Chart a CSV or JSON of your own series (date, value, series name, optional metric: rank or streams) beside the bundled songs. It stays in this browser."</p>
            <div class="dropzone" on:dragover=|e: leptos::ev::DragEvent| e.prevent_default() on:drop=on_drop>
                <label class="button button--quiet">
                    "Choose a file"
                    <input type="file" class="visually-hidden" accept=".csv,.json,.txt,text/csv,application/json" on:change=on_pick/>
                </label>
                <span class="muted">{format!(" or drop it here (up to {})", human_size(limits.max_bytes))}</span>
            </div>
            <div class="field-row">
                <label for="data-url">"Or an address"</label>
                <input id="data-url" type="url" placeholder="https://example.org/my-series.csv"
                    prop:value=move || url.get() on:input=move |e| url.set(event_target_value(&e))/>
                <button type="button" class="button button--quiet" on:click=load_url>"Load"</button>
            </div>
            {move || match stage.get() {
                Stage::Idle => None,
                Stage::Reading(name) => Some(view! { <p role="status">{format!("Reading {name}…")}</p> }.into_any()),
                Stage::Failed(lines, more) => Some(view! {
                    <div class="error-panel import-errors" role="alert">
                        <p><strong>"Nothing was imported; your data and charts are as they were."</strong></p>
                        <ul>{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                        {(more > 0).then(|| view! { <p>{format!("… and {more} more problems")}</p> })}
                    </div>
                }.into_any()),
                Stage::Mapping(preview, mapping) => Some(view! {
                    <ColumnMapper preview mapping stage on_done=Callback::new(finish)/>
                }.into_any()),
            }}
            {move || imports.data.get().map(|data| view! {
                <div class="import-summary" role="status">
                    <p>{format!("Charted from {}: {} series.", data.file_name, data.series.len())}</p>
                    {(!data.assumptions.is_empty()).then(|| view! {
                        <ul class="muted">{data.assumptions.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul>
                    })}
                    {(!imports.saved.get()).then(|| view! {
                        <p class="notice">"This browser would not store your data (storage is full or switched off): it stays until you leave or reload the page."</p>
                    })}
                    <MarkerEditor markers=data.markers.clone()/>
                    <button type="button" class="button button--quiet" on:click=move |_| imports.remove()>
                        "Remove my data (back to the bundled dataset)"
                    </button>
                </div>
            })}
        </section>
    }
}

/// The column preview: detected columns, first rows, and selects to change them.
#[component]
fn ColumnMapper(
    preview: CsvPreview,
    mapping: ColumnMapping,
    stage: RwSignal<Stage>,
    on_done: Callback<needledrop_core::import::ImportedData>,
) -> impl IntoView {
    let header = preview.table.header.clone();
    let mapping = RwSignal::new(mapping);
    let options = move |selected: Option<usize>, allow_none: bool| {
        let none = allow_none
            .then(|| view! { <option value="" selected=selected.is_none()>"(none)"</option> });
        let columns = header
            .iter()
            .enumerate()
            .map(|(index, name)| view! { <option value=index.to_string() selected=selected == Some(index)>{name.clone()}</option> })
            .collect_view();
        view! { {none}{columns} }
    };
    let current = mapping.get_untracked();
    let metric_column = match current.metric {
        MetricSource::Column(index) => Some(index),
        MetricSource::Fixed(_) => None,
    };
    let parse = |value: String| value.parse::<usize>().ok();
    let sample: Vec<Vec<String>> = preview
        .table
        .rows
        .iter()
        .take(5)
        .map(|row| row.cells.clone())
        .collect();
    let head_cells = preview
        .table
        .header
        .iter()
        .map(|h| view! { <th scope="col">{h.clone()}</th> })
        .collect_view();
    let preview_for_import = preview.clone();
    let run = move |_| {
        let limits = ImportLimits::default();
        match import_csv(&preview_for_import, &mapping.get_untracked(), &limits) {
            Ok(data) => on_done.run(data),
            Err(error) => stage.set(failed(&error)),
        }
    };
    view! {
        <div class="mapper">
            <p>{format!("{}: {}. Check the columns, then chart them.", preview.file_name, counted(preview.table.rows.len(), "row", "rows"))}</p>
            <div class="mapper__fields">
                <label>"Date" <select aria-label="Date column" on:change=move |e| if let Some(i) = parse(event_target_value(&e)) { mapping.update(|m| m.date = i) }>{options(Some(current.date), false)}</select></label>
                <label>"Value" <select aria-label="Value column" on:change=move |e| if let Some(i) = parse(event_target_value(&e)) { mapping.update(|m| m.value = i) }>{options(Some(current.value), false)}</select></label>
                <label>"Series name" <select aria-label="Series name column" on:change=move |e| mapping.update(|m| m.series = parse(event_target_value(&e)))>{options(current.series, true)}</select></label>
                <label>"Metric column" <select aria-label="Metric column" on:change=move |e| mapping.update(|m| m.metric = parse(event_target_value(&e)).map_or(MetricSource::Fixed(Metric::Streams), MetricSource::Column))>{options(metric_column, true)}</select></label>
                <label>"Values are"
                    <select aria-label="Values are" on:change=move |e| {
                        let metric = if event_target_value(&e) == "rank" { Metric::Rank } else { Metric::Streams };
                        mapping.update(|m| if matches!(m.metric, MetricSource::Fixed(_)) { m.metric = MetricSource::Fixed(metric) });
                    }>
                        <option value="streams" selected=matches!(current.metric, MetricSource::Fixed(Metric::Streams))>"streams"</option>
                        <option value="rank" selected=matches!(current.metric, MetricSource::Fixed(Metric::Rank))>"ranks"</option>
                    </select>
                </label>
            </div>
            <div class="table-wrap">
                <table class="simple">
                    <caption class="visually-hidden">"First rows of the file"</caption>
                    <thead><tr>{head_cells}</tr></thead>
                    <tbody>{sample.into_iter().map(|cells| view! { <tr>{cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view()}</tbody>
                </table>
            </div>
            <button type="button" class="button" on:click=run>"Chart these series"</button>
        </div>
    }
}
