//! `performance.mark` names benchmarks look for: `chart-drawn` after the
//! plot is drawn, `hover-painted` after the crosshair and tooltip are.

/// Marks a moment on the page's performance timeline (ignored where the API is missing).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}
