//! The app's only network I/O: fetching the bundled dataset files.
//!
//! Bytes are handed to the core crate to parse and validate; failures come
//! back as a [`LoadError`] whose message says what went wrong.

use std::fmt;

use gloo_net::http::Request;
use needledrop_core::model::SeriesFile;
use needledrop_core::parse::parse_series_file;
use needledrop_core::{parse_dataset, Dataset, DatasetError};

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
    /// The request never completed (offline, connection cut, blocked).
    Network {
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
                "The request for {url} did not complete: the connection failed or you are offline."
            ),
            LoadError::Invalid { url, error } => write!(f, "{url} is not a valid dataset: {error}"),
        }
    }
}

/// Address of a file under the site's `data/` folder.
pub fn data_url(file: &str) -> String {
    format!("{}/data/{file}", base_path())
}

/// Fetches the raw bytes of a file, mapping transport failures.
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| LoadError::Network {
            url: url.to_owned(),
        })?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    response.binary().await.map_err(|_| LoadError::Network {
        url: url.to_owned(),
    })
}

/// Fetches, parses and validates the bundled `index.json`.
pub async fn load_dataset() -> Result<Dataset, LoadError> {
    let url = data_url("index.json");
    let bytes = fetch_bytes(&url).await?;
    parse_dataset(&bytes).map_err(|error| LoadError::Invalid { url, error })
}

/// Fetches, parses and validates the points file of one song.
pub async fn load_series_file(dataset: &Dataset, song: &str) -> Result<SeriesFile, LoadError> {
    let file = dataset
        .series
        .iter()
        .find(|series| series.song == song)
        .map(|series| series.file.clone())
        .unwrap_or_else(|| format!("series/{song}.json"));
    let url = data_url(&file);
    let bytes = fetch_bytes(&url).await?;
    parse_series_file(&bytes, dataset).map_err(|error| LoadError::Invalid { url, error })
}
