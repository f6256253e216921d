//! `performance.mark` names benchmarks look for: `chart-draw-start` and
//! `chart-drawn` around the plot's drawing (measured as `chart-draw`),
//! `hover-painted` after the crosshair and tooltip are, `dataset-load-start`,
//! `dataset-parse-start` and `dataset-parsed` around loading the dataset
//! (`crate::state`, `crate::data_source`), and
//! `table-painted` once the comparison table's rows are on screen.

/// Marks a moment on the page's performance timeline (ignored where the API is missing).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}

/// Records a measure between two marks (ignored where the API is missing).
pub fn measure(name: &str, start: &str, end: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.measure_with_start_mark_and_end_mark(name, start, end);
    }
}
