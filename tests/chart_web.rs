//! Browser tests of the chart's canvas: the backing store follows the
//! device pixel ratio, and plotters really drew on it.

use leptos::prelude::*;
use needledrop::components::chart::PlotCanvas;
use needledrop_core::chart::{
    build_chart_spec, Align, ChartQuery, ChartRequest, ChartSpec, LoadedPoints,
};
use needledrop_core::parse::parse_series_file;
use needledrop_core::parse_dataset;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The spec of Running Up That Hill's song page, from the bundled files.
fn running_up_that_hill() -> ChartSpec {
    let dataset =
        parse_dataset(include_bytes!("../public/data/index.json")).expect("valid dataset");
    let file = parse_series_file(
        include_bytes!("../public/data/series/running-up-that-hill-kate-bush.json"),
        &dataset,
    )
    .expect("valid series file");
    let points = LoadedPoints::from_files([&file]);
    let songs = vec!["running-up-that-hill-kate-bush".to_owned()];
    let query = ChartQuery::default();
    build_chart_spec(
        &dataset,
        &points,
        ChartRequest::new(&songs, &query, Align::Calendar),
    )
}

/// Waits for the resize observer and the drawing effect.
async fn wait(milliseconds: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_plot_canvas_is_sharp_and_drawn() {
    let spec = running_up_that_hill();
    assert_eq!(spec.empty, None, "the spec has something to draw");
    // Pretend to be a HiDPI screen (headless Chromium reports 1), so the
    // backing store must be twice the CSS size.
    let window = web_sys::window().unwrap();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &2.0.into()).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&window, &"devicePixelRatio".into(), &descriptor);
    let document = window.document().unwrap();
    let style = document.create_element("style").unwrap();
    style.set_text_content(Some(
        ".chart-plot { display: block; width: 100%; height: 100%; }",
    ));
    document.head().unwrap().append_child(&style).unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    container
        .set_attribute("style", "width: 480px; height: 240px; position: relative;")
        .unwrap();
    document.body().unwrap().append_child(&container).unwrap();
    let (layout, set_layout) = signal(None);
    leptos::mount::mount_to(
        container.clone(),
        move || view! { <PlotCanvas spec=spec on_layout=set_layout/> },
    )
    .forget();
    wait(300).await;

    let canvas: web_sys::HtmlCanvasElement = container
        .query_selector("canvas.chart-plot")
        .unwrap()
        .expect("a canvas")
        .unchecked_into();
    let ratio = web_sys::window().unwrap().device_pixel_ratio();
    assert_eq!(ratio, 2.0);
    let rect = canvas.get_bounding_client_rect();
    assert_eq!(rect.width(), 480.0);
    assert_eq!(
        canvas.width(),
        (rect.width() * ratio).round() as u32,
        "backing width = CSS width x devicePixelRatio"
    );
    assert_eq!(
        canvas.height(),
        (rect.height() * ratio).round() as u32,
        "backing height = CSS height x devicePixelRatio"
    );
    let drawn = layout
        .get_untracked()
        .expect("the layout is reported after drawing");
    assert_eq!(drawn.width, 480.0, "the layout is in CSS pixels");
    assert_eq!(canvas.width(), 960);

    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    let image = context
        .get_image_data(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        )
        .unwrap();
    let pixels = image.data();
    let colours: std::collections::BTreeSet<[u8; 3]> = pixels
        .chunks(4)
        .map(|rgba| [rgba[0], rgba[1], rgba[2]])
        .collect();
    assert!(
        colours.len() > 3,
        "more than a background was drawn ({} colours)",
        colours.len()
    );
    // The first series is Okabe-Ito blue: some pixel of the line must be it.
    assert!(
        colours.contains(&[0x00, 0x72, 0xB2]),
        "the series line is drawn in its palette colour"
    );
}
