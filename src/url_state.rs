//! View state in the URL: reading query pairs and writing them back.
//!
//! Every view keeps its state in the query string, so reload, back/forward
//! and shared links restore it.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;
use needledrop_core::query_string::encode_pairs;

use crate::site::base_path;

/// The query pairs of a params map, in URL order.
pub fn query_pairs(map: &ParamsMap) -> Vec<(String, String)> {
    map.into_iter()
        .map(|(key, value)| (key.to_string(), value.to_owned()))
        .collect()
}

/// Query pairs as the core's readers take them.
pub fn borrowed(pairs: &[(String, String)]) -> impl Iterator<Item = (&str, &str)> + Clone {
    pairs
        .iter()
        .map(|(key, value)| (key.as_str(), value.as_str()))
}

/// A memo of what `read` makes of the current URL's query pairs (in URL
/// order): a view's reading of its parameters, with its notices.
pub fn use_query_reading<T: PartialEq + Send + Sync + 'static>(
    read: impl Fn(&[(String, String)]) -> T + Send + Sync + 'static,
) -> Memo<T> {
    let map = leptos_router::hooks::use_query_map();
    Memo::new(move |_| read(&query_pairs(&map.read())))
}

/// A comma-separated list parameter (`songs=a,b`), trimmed, empty items dropped.
pub fn list_param(map: &ParamsMap, key: &str) -> Vec<String> {
    map.get(key)
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A function that replaces the current URL's query with the given pairs.
/// `replace = true` rewrites the current history entry (typing in a search
/// box); `false` adds one (a sort or filter the reader may want to go back from).
pub fn use_query_writer() -> impl Fn(&[(String, String)], bool) + Clone + Send + Sync + 'static {
    let navigate = use_navigate();
    let location = use_location();
    move |pairs: &[(String, String)], replace: bool| {
        // The router prefixes its base when navigating; the location includes it.
        let full = location.pathname.get_untracked();
        let base = base_path();
        let path = full
            .strip_prefix(base.as_str())
            .filter(|rest| rest.is_empty() || rest.starts_with('/'))
            .map_or(full.clone(), |rest| {
                if rest.is_empty() {
                    "/".to_owned()
                } else {
                    rest.to_owned()
                }
            });
        let query = encode_pairs(pairs);
        let url = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        navigate(
            &url,
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    }
}

/// How long typing must pause before what was typed is written to the URL.
const TYPING_PAUSE: Duration = Duration::from_millis(400);

/// Runs `write` once the next frame has been painted and the tasks that
/// frame queued (such as `table-painted`) have run: an animation frame,
/// then two tasks. A URL write then never holds up the paint it follows.
fn after_paint(write: Box<dyn FnOnce()>) {
    request_animation_frame(move || {
        set_timeout(move || set_timeout(write, Duration::ZERO), Duration::ZERO)
    });
}

/// View state kept in the URL that shows the reader's change at once.
///
/// `from_url` reads the state from the URL; `write(state, replace)` writes
/// it back. A change (`set.run((state, replace))`) is shown straight away
/// and is pending until written: a choice (`replace = false`, pushed) once
/// the frame showing it has been painted, since a history write costs about
/// 2 ms; typing (`replace = true`) once it pauses for [`TYPING_PAUSE`].
/// Only the newest pending change is written, so fast typing never floods
/// the browser's history (WebKit throws after 100 writes in 30 s, and the
/// router does not catch it). A change whose view has gone (the reader
/// left the page) is not written. Back, forward and links still set the
/// state through the URL.
pub fn use_url_state<T>(
    from_url: impl Fn() -> T + Send + Sync + 'static,
    write: impl Fn(&T, bool) + Send + Sync + 'static,
) -> (Memo<T>, Callback<(T, bool)>)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let pending = RwSignal::new(None::<(u32, T)>);
    let changes = StoredValue::new(0u32);
    let write = StoredValue::new(write);
    let state = Memo::new(move |_| match &*pending.read() {
        Some((_, changed)) => changed.clone(),
        None => from_url(),
    });
    let set = Callback::new(move |(next, replace): (T, bool)| {
        changes.update_value(|count| *count = count.wrapping_add(1));
        let number = changes.get_value();
        pending.set(Some((number, next)));
        let flush = move || {
            // Gone with the view, or followed by a newer change: no write.
            let newest = pending.try_with_untracked(|changed| match changed {
                Some((n, changed)) if *n == number => Some(changed.clone()),
                _ => None,
            });
            let Some(Some(changed)) = newest else {
                return;
            };
            write.with_value(|write| write(&changed, replace));
            pending.set(None);
        };
        schedule_write(Box::new(flush), replace);
    });
    (state, set)
}

/// Runs a pending write after the paint (a choice) or once typing pauses;
/// not generic, so it is compiled once for every kind of view state.
fn schedule_write(flush: Box<dyn FnOnce()>, typing: bool) {
    if typing {
        set_timeout(flush, TYPING_PAUSE);
    } else {
        after_paint(flush);
    }
}

/// A function that sets (`Some`) or removes (`None`, or an empty value)
/// some query parameters and keeps the others as they are.
pub fn use_param_setter(
) -> impl Fn(Vec<(&'static str, Option<String>)>, bool) + Clone + Send + Sync + 'static {
    let write = use_query_writer();
    let query = leptos_router::hooks::use_query_map();
    move |changes: Vec<(&'static str, Option<String>)>, replace: bool| {
        let keys: Vec<&str> = changes.iter().map(|(key, _)| *key).collect();
        let mut pairs: Vec<(String, String)> = query_pairs(&query.read_untracked())
            .into_iter()
            .filter(|(key, _)| !keys.contains(&key.as_str()))
            .collect();
        for (key, value) in changes {
            if let Some(value) = value.filter(|value| !value.is_empty()) {
                pairs.push((key.to_owned(), value));
            }
        }
        write(&pairs, replace);
    }
}
