//! The app's only network I/O: fetching the bundled dataset files.
//!
//! Bytes are handed to the core crate to parse and validate; failures come
//! back as a [`LoadError`] whose message says what went wrong.

use std::fmt;

use gloo_net::http::Request;
use needledrop_core::import::is_imported;
use needledrop_core::model::SeriesFile;
use needledrop_core::parse::parse_series_file;
use needledrop_core::{parse_dataset, Dataset, DatasetError};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::components::chart::performance_marks::mark;
use crate::site::base_path;

/// Why a dataset file could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The server answered with an error status.
    Http {
        /// The file asked for.
        url: String,
        /// HTTP status code.
        status: u16,
        /// Status text (`Not Found`).
        status_text: String,
    },
    /// The request never completed (server unreachable, blocked, CORS).
    Network {
        /// The file asked for.
        url: String,
    },
    /// The browser is offline.
    Offline {
        /// The file asked for.
        url: String,
    },
    /// No answer within the time limit; the request was aborted.
    Timeout {
        /// The file asked for.
        url: String,
        /// The limit in seconds.
        seconds: u32,
    },
    /// The answer started but the connection was cut before it ended.
    Interrupted {
        /// The file asked for.
        url: String,
    },
    /// The reader stopped the download.
    Cancelled {
        /// The file asked for.
        url: String,
    },
    /// The file arrived but is not a valid dataset.
    Invalid {
        /// The file asked for.
        url: String,
        /// What is wrong with it.
        error: DatasetError,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Http {
                url,
                status,
                status_text,
            } => write!(f, "The server answered {status} {status_text} for {url}."),
            LoadError::Network { url } => write!(
                f,
                "The request for {url} failed before any answer arrived: the server could not be reached."
            ),
            LoadError::Offline { url } => {
                write!(f, "You are offline, so {url} could not be fetched.")
            }
            LoadError::Timeout { url, seconds } => write!(
                f,
                "{url} did not arrive within {seconds} seconds, so the request was stopped."
            ),
            LoadError::Interrupted { url } => write!(
                f,
                "The connection was cut while {url} was downloading."
            ),
            LoadError::Cancelled { url } => write!(f, "The download of {url} was stopped."),
            LoadError::Invalid { url, error } => write!(f, "{url} is not a valid dataset: {error}"),
        }
    }
}

/// Address of a file under the site's `data/` folder.
pub fn data_url(file: &str) -> String {
    format!("{}/data/{file}", base_path())
}

/// How long a data request may take before it is aborted.
pub const FETCH_TIMEOUT_SECONDS: u32 = 20;

/// Whether the browser says it is offline.
fn offline() -> bool {
    web_sys::window().is_some_and(|window| !window.navigator().on_line())
}

/// Aborts a request when its timer fires; the timer is cleared when dropped first.
///
/// The timer's callback belongs to JavaScript (`once_into_js`), so even a
/// timer that fires late (a paused or faked clock) finds a live function
/// that only aborts a request that is already over.
pub(crate) struct Deadline {
    controller: Option<web_sys::AbortController>,
    timer: Option<i32>,
    fired: std::rc::Rc<std::cell::Cell<bool>>,
}

impl Deadline {
    fn start(seconds: u32) -> Deadline {
        Deadline::over(web_sys::AbortController::new().ok(), seconds)
    }

    /// A deadline that aborts `controller` (which the caller may also abort,
    /// to cancel) after `seconds`.
    pub(crate) fn over(controller: Option<web_sys::AbortController>, seconds: u32) -> Deadline {
        let fired = std::rc::Rc::new(std::cell::Cell::new(false));
        let timer = match (&controller, web_sys::window()) {
            (Some(controller), Some(window)) => {
                let (controller, flag) = (controller.clone(), fired.clone());
                let callback = Closure::once_into_js(move || {
                    flag.set(true);
                    controller.abort();
                });
                window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        callback.unchecked_ref(),
                        i32::try_from(seconds.saturating_mul(1000)).unwrap_or(i32::MAX),
                    )
                    .ok()
            }
            _ => None,
        };
        Deadline {
            controller,
            timer,
            fired,
        }
    }

    /// The signal to hand to the request.
    pub(crate) fn signal(&self) -> Option<web_sys::AbortSignal> {
        self.controller
            .as_ref()
            .map(|controller| controller.signal())
    }

    /// Whether the time ran out (as opposed to a cancel by the reader).
    pub(crate) fn expired(&self) -> bool {
        self.fired.get()
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let (Some(window), Some(timer)) = (web_sys::window(), self.timer) {
            window.clear_timeout_with_handle(timer);
        }
    }
}

/// Whether the browser says it is offline (for messages about failed requests).
pub(crate) fn is_offline() -> bool {
    offline()
}

/// `Err(LoadError::Http)` unless the server answered with a success status.
pub(crate) fn check_status(
    url: &str,
    response: &gloo_net::http::Response,
) -> Result<(), LoadError> {
    if response.ok() {
        Ok(())
    } else {
        Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        })
    }
}

/// Fetches the raw bytes of a file, mapping each transport failure to its own error.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
    let owned = || url.to_owned();
    if offline() {
        return Err(LoadError::Offline { url: owned() });
    }
    let deadline = Deadline::start(FETCH_TIMEOUT_SECONDS);
    let signal = deadline.signal();
    let timeout = || LoadError::Timeout {
        url: owned(),
        seconds: FETCH_TIMEOUT_SECONDS,
    };
    let response = Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|_| {
            if deadline.expired() {
                timeout()
            } else if offline() {
                LoadError::Offline { url: owned() }
            } else {
                LoadError::Network { url: owned() }
            }
        })?;
    check_status(url, &response)?;
    response.binary().await.map_err(|_| {
        if deadline.expired() {
            timeout()
        } else {
            LoadError::Interrupted { url: owned() }
        }
    })
}

/// Fetches, parses and validates the bundled `index.json`; marks
/// `dataset-parse-start` between the last byte and the parse.
pub async fn load_dataset() -> Result<Dataset, LoadError> {
    let url = data_url("index.json");
    let bytes = fetch_bytes(&url).await?;
    mark("dataset-parse-start");
    parse_dataset(&bytes).map_err(|error| LoadError::Invalid { url, error })
}

thread_local! {
    /// Series files of the reader's own data, kept in memory (never fetched).
    static IMPORTED_FILES: std::cell::RefCell<Vec<SeriesFile>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Series files built in the page from the chart archive (by song id).
    static MEMORY_FILES: std::cell::RefCell<Vec<SeriesFile>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Replaces the in-memory series files of imported data.
pub fn set_imported_files(files: Vec<SeriesFile>) {
    IMPORTED_FILES.with(|store| *store.borrow_mut() = files);
}

/// Keeps a series file built in the page (an archive song's history),
/// replacing an earlier one of the same song.
pub fn keep_memory_file(file: SeriesFile) {
    MEMORY_FILES.with(|store| {
        let mut files = store.borrow_mut();
        files.retain(|known| known.song != file.song);
        files.push(file);
    });
}

/// The series files of these songs (songs without series are skipped),
/// fetched, parsed and validated against the dataset; imported series come
/// from memory.
pub async fn load_series_files(
    dataset: &Dataset,
    songs: &[String],
) -> Result<Vec<SeriesFile>, LoadError> {
    let mut files: Vec<&str> = Vec::new();
    let mut loaded = Vec::new();
    for song in songs {
        for series in dataset.series.iter().filter(|series| &series.song == song) {
            let in_memory =
                MEMORY_FILES.with(|store| store.borrow().iter().any(|file| &file.song == song));
            if is_imported(series) || in_memory {
                let store = if in_memory {
                    &MEMORY_FILES
                } else {
                    &IMPORTED_FILES
                };
                let file = store.with(|store| {
                    store
                        .borrow()
                        .iter()
                        .find(|file| &file.song == song)
                        .cloned()
                });
                if let Some(file) = file.filter(|file| !loaded.contains(file)) {
                    loaded.push(file);
                }
            } else if !files.contains(&series.file.as_str()) {
                files.push(series.file.as_str());
            }
        }
    }
    for file in files {
        let url = data_url(file);
        let bytes = fetch_bytes(&url).await?;
        loaded.push(
            parse_series_file(&bytes, dataset)
                .map_err(|error| LoadError::Invalid { url, error })?,
        );
    }
    Ok(loaded)
}
