//! Browser component tests: mount components in headless Chromium and check the DOM.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Router;
use needledrop::components::{ComparisonExplorer, LoadErrorView};
use needledrop::data_source::LoadError;
use needledrop::site::{base_path, path_of_base_uri, safe_external_url};
use needledrop::state::provide_dataset;
use needledrop_core::{parse_dataset, Dataset};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The committed dataset, as the app bundles it.
fn bundled() -> Dataset {
    parse_dataset(include_bytes!("../public/data/index.json"))
        .expect("the bundled dataset is valid")
}

fn mount_fresh<F, V>(view: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> V + 'static,
    V: IntoView + 'static,
{
    let document = web_sys::window().unwrap().document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), view).forget();
    container
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

#[wasm_bindgen_test]
fn comparison_table_has_one_row_per_show_with_the_article_figures() {
    let dataset = bundled();
    let expected_titles: Vec<String> = dataset.shows.iter().map(|s| s.title.clone()).collect();
    let expected_len = expected_titles.len();
    let stranger = dataset
        .show("stranger-things")
        .cloned()
        .expect("Stranger Things is in the dataset");
    let figures = stranger
        .comparison
        .expect("the article has a Stranger Things row");
    let dataset = Arc::new(dataset);
    let root = mount_fresh(move || view! { <Router><ComparisonExplorer dataset/></Router> });

    assert_eq!(texts(&root, "tbody th"), expected_titles);
    let row = root
        .query_selector("tbody tr:first-child")
        .unwrap()
        .expect("a first row");
    let cells: Vec<String> = {
        let list = row.query_selector_all("td").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.text_content().unwrap_or_default())
            .collect()
    };
    assert_eq!(cells[0], figures.music_genre);
    assert_eq!(
        cells[1],
        format!("No. {} {}", figures.peak_position, figures.peak_chart)
    );
    assert_eq!(cells[2], figures.notable_artists.join(", "));
    assert_eq!(
        texts(&root, ".result-count"),
        vec![format!("{n} of {n} shows", n = expected_len)]
    );
    let link = root
        .query_selector("tbody th a")
        .unwrap()
        .expect("a show link");
    assert!(link
        .get_attribute("href")
        .unwrap()
        .ends_with("/shows/stranger-things"));
}

#[wasm_bindgen_test]
fn shows_without_article_figures_show_gaps_not_numbers() {
    let dataset = bundled();
    let without: usize = dataset
        .shows
        .iter()
        .filter(|s| s.comparison.is_none())
        .count();
    let dataset = Arc::new(dataset);
    let root = mount_fresh(move || view! { <Router><ComparisonExplorer dataset/></Router> });
    // Four article columns per show without an article row.
    let article_gaps: usize = [
        "Music genre",
        "Peak chart position",
        "Notable artists",
        "Fan engagement highlights",
    ]
    .iter()
    .map(|label| {
        let selector = format!("td[data-label=\"{label}\"] .gap");
        root.query_selector_all(&selector).unwrap().length() as usize
    })
    .sum();
    assert_eq!(article_gaps, without * 4);
}

#[wasm_bindgen_test]
fn the_error_view_names_the_problem() {
    let error = parse_dataset(br#"{"schema_version": 1, "sources": [], "shows": [{"id": 7}]}"#)
        .expect_err("a number is not an id");
    let root = mount_fresh(move || {
        provide_dataset();
        view! { <LoadErrorView error=LoadError::Invalid { url: "data/index.json".into(), error }/> }
    });
    let message = texts(&root, ".error-panel__message").join("");
    assert!(
        message.contains("data/index.json is not a valid dataset"),
        "{message}"
    );
    assert!(message.contains("shows[0].id"), "{message}");
    assert_eq!(
        texts(&root, "h1"),
        vec!["The dataset is invalid".to_owned()]
    );
}

#[wasm_bindgen_test]
fn the_base_path_is_the_pages_and_read_once() {
    let document = web_sys::window().unwrap().document().unwrap();
    let page = path_of_base_uri(&document.base_uri().unwrap().unwrap());
    assert_eq!(base_path(), page);
    let base = document.create_element("base").unwrap();
    base.set_attribute("href", "/somewhere-else/").unwrap();
    let head = document.query_selector("head").unwrap().unwrap();
    head.prepend_with_node_1(&base).unwrap();
    let moved = path_of_base_uri(&document.base_uri().unwrap().unwrap());
    let kept = base_path();
    base.remove();
    assert_eq!(moved, "/somewhere-else");
    assert_eq!(kept, page);
}

#[wasm_bindgen_test]
fn base_paths_and_safe_links() {
    assert_eq!(
        path_of_base_uri("https://x.github.io/needledrop/"),
        "/needledrop"
    );
    assert_eq!(path_of_base_uri("http://127.0.0.1:8080/"), "");
    assert_eq!(
        safe_external_url("https://example.org/a"),
        Some("https://example.org/a")
    );
    assert_eq!(safe_external_url("javascript:alert(1)"), None);
    assert_eq!(safe_external_url("data:text/html,hi"), None);
    assert_eq!(
        safe_external_url("HTTP://EXAMPLE.ORG"),
        Some("HTTP://EXAMPLE.ORG")
    );
}
