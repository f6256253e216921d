//! Fetching the chart archive: the manifest, then one archive file read as a
//! stream (so the page can show bytes received), stoppable by the reader,
//! then gunzipped by the browser's `DecompressionStream`. Files have content
//! hashes in their names, so the browser's cache keeps them between visits.

use gloo_net::http::Request;
use needledrop_core::archive::{ArchiveManifest, MANIFEST_FILE};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::data_source::{check_status, data_url, fetch_bytes, is_offline, Deadline, LoadError};

/// How long one archive file may take to arrive.
const ARCHIVE_TIMEOUT_SECONDS: u32 = 120;

#[wasm_bindgen]
extern "C" {
    /// The browser's gzip decoder (a transform stream).
    type DecompressionStream;

    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;

    /// A readable stream, seen only for `pipeThrough`.
    type PipeableStream;

    /// `readable.pipeThrough(transform)`.
    #[wasm_bindgen(method, js_name = pipeThrough)]
    fn pipe_through(
        this: &PipeableStream,
        transform: &DecompressionStream,
    ) -> web_sys::ReadableStream;
}

/// Fetches and reads the archive manifest.
pub async fn load_manifest() -> Result<ArchiveManifest, String> {
    let url = data_url(MANIFEST_FILE);
    let bytes = fetch_bytes(&url).await.map_err(|error| error.to_string())?;
    ArchiveManifest::parse(&bytes)
        .map_err(|error| format!("{url} is not a valid archive list: {error}"))
}

/// Downloads `url`, calling `progress` with the bytes received so far;
/// aborting `controller` stops it (a [`LoadError::Cancelled`]).
pub async fn download(
    url: &str,
    controller: &web_sys::AbortController,
    progress: impl Fn(u64),
) -> Result<Vec<u8>, LoadError> {
    let owned = || url.to_owned();
    let deadline = Deadline::over(Some(controller.clone()), ARCHIVE_TIMEOUT_SECONDS);
    let stopped = |deadline: &Deadline| {
        if deadline.expired() {
            LoadError::Timeout {
                url: owned(),
                seconds: ARCHIVE_TIMEOUT_SECONDS,
            }
        } else if controller.signal().aborted() {
            LoadError::Cancelled { url: owned() }
        } else if is_offline() {
            LoadError::Offline { url: owned() }
        } else {
            LoadError::Interrupted { url: owned() }
        }
    };
    let response = Request::get(url)
        .abort_signal(deadline.signal().as_ref())
        .send()
        .await
        .map_err(|_| match stopped(&deadline) {
            LoadError::Interrupted { url } => LoadError::Network { url },
            other => other,
        })?;
    check_status(url, &response)?;
    let Some(body) = response.body() else {
        return response.binary().await.map_err(|_| stopped(&deadline));
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| stopped(&deadline))?;
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|value| value.as_bool())
            .unwrap_or(true);
        if done {
            break;
        }
        if let Ok(value) = js_sys::Reflect::get(&chunk, &JsValue::from_str("value")) {
            bytes.extend(js_sys::Uint8Array::new(&value).to_vec());
            progress(bytes.len() as u64);
        }
    }
    Ok(bytes)
}

/// Gunzips `bytes` with the browser's decoder.
pub async fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let failed = |_| "the archive file could not be unpacked (it is not valid gzip)".to_owned();
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(failed)?;
    let decoder = DecompressionStream::new("gzip").map_err(|_| {
        "this browser cannot unpack gzip files (DecompressionStream is missing)".to_owned()
    })?;
    let source: PipeableStream = blob.stream().unchecked_into();
    let stream = source.pipe_through(&decoder);
    let response =
        web_sys::Response::new_with_opt_readable_stream(Some(&stream)).map_err(failed)?;
    let buffer = JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
