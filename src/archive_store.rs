//! The chart archive's state for the whole visit: not loaded until a view
//! asks ([`ArchiveStore::load`]), then downloading (bytes), decoding (rows,
//! in slices that leave the page responsive), indexing, and ready — kept
//! while the reader moves between views. A failed or stopped load can be
//! started again; nothing else in the app depends on it. Benchmarks read
//! the marks `archive-<kind>-start` and `archive-<kind>-ready` and the
//! measure `archive-<kind>-load` (download, unpack, decode and index).

use std::sync::Arc;

use leptos::prelude::*;
use needledrop_core::archive::{
    ArchiveKind, ArtistIndex, Hot100Archive, Hot100Decoder, SearchIndex, SpotifyArchive,
    SpotifyDecoder,
};

use crate::archive_source::{download, gunzip, load_manifest};
use crate::components::chart::performance_marks::{mark, measure};
use crate::data_source::data_url;
use crate::task_yield::yield_to_browser;

/// Rows decoded between two yields to the browser (a few milliseconds each).
const ROWS_PER_SLICE: usize = 20_000;
/// Songs grouped by artist between two yields.
const SONGS_PER_SLICE: usize = 3_000;

/// One archive file's load.
pub enum ArchiveLoad<T> {
    /// Not asked for yet.
    Idle,
    /// Bytes received of the file's size.
    Downloading(u64, u64),
    /// Rows decoded of all rows.
    Decoding(usize, usize),
    /// Building the search index.
    Indexing,
    /// Ready to use.
    Ready(Arc<T>),
    /// Why it failed (stopped by the reader included).
    Failed(String),
}

impl<T> Clone for ArchiveLoad<T> {
    fn clone(&self) -> Self {
        match self {
            ArchiveLoad::Idle => ArchiveLoad::Idle,
            ArchiveLoad::Downloading(received, total) => {
                ArchiveLoad::Downloading(*received, *total)
            }
            ArchiveLoad::Decoding(done, total) => ArchiveLoad::Decoding(*done, *total),
            ArchiveLoad::Indexing => ArchiveLoad::Indexing,
            ArchiveLoad::Ready(loaded) => ArchiveLoad::Ready(loaded.clone()),
            ArchiveLoad::Failed(message) => ArchiveLoad::Failed(message.clone()),
        }
    }
}

impl<T> ArchiveLoad<T> {
    /// Whether a load is under way.
    pub fn busy(&self) -> bool {
        matches!(
            self,
            ArchiveLoad::Downloading(..) | ArchiveLoad::Decoding(..) | ArchiveLoad::Indexing
        )
    }
}

/// The Hot 100 archive with its search and artist indexes.
pub struct Hot100Loaded {
    /// Every weekly chart.
    pub archive: Hot100Archive,
    /// Title and artist search.
    pub index: SearchIndex,
    /// Songs grouped by primary artist (for late debuts).
    pub artists: ArtistIndex,
}

/// The Spotify daily archive with its search index.
pub struct SpotifyLoaded {
    /// Every daily chart of both regions.
    pub archive: SpotifyArchive,
    /// Title and artist search.
    pub index: SearchIndex,
}

/// The archive state, shared through context.
#[derive(Clone, Copy)]
pub struct ArchiveStore {
    /// The Billboard Hot 100 archive.
    pub hot100: RwSignal<ArchiveLoad<Hot100Loaded>>,
    /// The Spotify daily archive.
    pub spotify: RwSignal<ArchiveLoad<SpotifyLoaded>>,
    cancel: StoredValue<Vec<web_sys::AbortController>, LocalStorage>,
}

/// Runs one search while the archive is still loading: the browser
/// compiles wasm functions on their first call, so the reader's first
/// keystroke would otherwise pay for compiling the search code on top of
/// the search (the first keystroke of "running up": 24 → 13 ms here).
fn warm_up(index: &SearchIndex) {
    let _ = index.search("a", 1);
}

/// An incremental decoder of one archive kind.
trait Decoder: Sized {
    type Output;
    fn start(bytes: Vec<u8>) -> Result<Self, String>;
    fn next_slice(&mut self) -> Result<(usize, usize), String>;
    async fn end(self) -> Result<Self::Output, String>;
}

impl Decoder for Hot100Decoder {
    type Output = Hot100Loaded;
    fn start(bytes: Vec<u8>) -> Result<Self, String> {
        Hot100Decoder::new(bytes).map_err(|e| e.to_string())
    }
    fn next_slice(&mut self) -> Result<(usize, usize), String> {
        let progress = self.step(ROWS_PER_SLICE).map_err(|e| e.to_string())?;
        Ok((progress.done, progress.total))
    }
    async fn end(self) -> Result<Hot100Loaded, String> {
        let archive = self.finish().map_err(|e| e.to_string())?;
        let index = SearchIndex::for_hot100(&archive);
        warm_up(&index);
        let mut artists = ArtistIndex::default();
        while !artists.step(&archive, SONGS_PER_SLICE).is_done() {
            yield_to_browser().await;
        }
        Ok(Hot100Loaded {
            archive,
            index,
            artists,
        })
    }
}

impl Decoder for SpotifyDecoder {
    type Output = SpotifyLoaded;
    fn start(bytes: Vec<u8>) -> Result<Self, String> {
        SpotifyDecoder::new(bytes).map_err(|e| e.to_string())
    }
    fn next_slice(&mut self) -> Result<(usize, usize), String> {
        let progress = self.step(ROWS_PER_SLICE).map_err(|e| e.to_string())?;
        Ok((progress.done, progress.total))
    }
    async fn end(self) -> Result<SpotifyLoaded, String> {
        let archive = self.finish().map_err(|e| e.to_string())?;
        let index = SearchIndex::for_spotify(&archive);
        warm_up(&index);
        Ok(SpotifyLoaded { archive, index })
    }
}

/// Downloads and unpacks one archive file, reporting bytes received of
/// the file's size as they come (the same for every kind, so compiled once).
async fn fetch_unpacked(
    kind: ArchiveKind,
    controller: &web_sys::AbortController,
    progress: &dyn Fn(u64, u64),
) -> Result<Vec<u8>, String> {
    let manifest = load_manifest().await?;
    let file = manifest
        .file(kind)
        .ok_or_else(|| "the archive list names no such file".to_owned())?;
    let total = file.gzip_bytes;
    progress(0, total);
    let url = data_url(&file.path());
    let gz = download(&url, controller, |received| progress(received, total))
        .await
        .map_err(|error| error.to_string())?;
    gunzip(&gz).await
}

/// Marks the end of a successful load and measures it.
fn mark_ready(name: &str) {
    mark(&format!("archive-{name}-ready"));
    measure(
        &format!("archive-{name}-load"),
        &format!("archive-{name}-start"),
        &format!("archive-{name}-ready"),
    );
}

/// Downloads, unpacks and decodes one archive file into `state`.
async fn run<D>(
    kind: ArchiveKind,
    state: RwSignal<ArchiveLoad<D::Output>>,
    controller: web_sys::AbortController,
) where
    D: Decoder,
    D::Output: Send + Sync + 'static,
{
    let name = kind.stem();
    mark(&format!("archive-{name}-start"));
    let result: Result<D::Output, String> = async {
        let downloading = |received, total| state.set(ArchiveLoad::Downloading(received, total));
        let bytes = fetch_unpacked(kind, &controller, &downloading).await?;
        let mut decoder = D::start(bytes)?;
        loop {
            let (done, total) = decoder.next_slice()?;
            state.set(ArchiveLoad::Decoding(done, total));
            yield_to_browser().await;
            if controller.signal().aborted() {
                return Err("The archive was stopped while it was being decoded.".to_owned());
            }
            if done >= total {
                break;
            }
        }
        state.set(ArchiveLoad::Indexing);
        yield_to_browser().await;
        decoder.end().await
    }
    .await;
    if result.is_ok() {
        mark_ready(name);
    }
    state.set(match result {
        Ok(loaded) => ArchiveLoad::Ready(Arc::new(loaded)),
        Err(message) => ArchiveLoad::Failed(message),
    });
}

impl ArchiveStore {
    /// Starts loading the Hot 100 archive unless it is loaded or loading.
    pub fn load_hot100(&self) {
        if matches!(
            self.hot100.get_untracked(),
            ArchiveLoad::Idle | ArchiveLoad::Failed(_)
        ) {
            self.start::<Hot100Decoder>(ArchiveKind::Hot100, self.hot100);
        }
    }

    /// Starts loading the Spotify archive unless it is loaded or loading.
    pub fn load_spotify(&self) {
        if matches!(
            self.spotify.get_untracked(),
            ArchiveLoad::Idle | ArchiveLoad::Failed(_)
        ) {
            self.start::<SpotifyDecoder>(ArchiveKind::Spotify, self.spotify);
        }
    }

    /// Stops the loads under way.
    pub fn cancel(&self) {
        self.cancel.update_value(|controllers| {
            for controller in controllers.drain(..) {
                controller.abort();
            }
        });
    }

    fn start<D>(&self, kind: ArchiveKind, state: RwSignal<ArchiveLoad<D::Output>>)
    where
        D: Decoder + 'static,
        D::Output: Send + Sync + 'static,
    {
        let Ok(controller) = web_sys::AbortController::new() else {
            state.set(ArchiveLoad::Failed(
                "this browser cannot download the archive".to_owned(),
            ));
            return;
        };
        self.cancel
            .update_value(|controllers| controllers.push(controller.clone()));
        leptos::task::spawn_local(run::<D>(kind, state, controller));
    }
}

/// Creates the archive state (nothing loaded) and provides it.
pub fn provide_archive() -> ArchiveStore {
    let store = ArchiveStore {
        hot100: RwSignal::new(ArchiveLoad::Idle),
        spotify: RwSignal::new(ArchiveLoad::Idle),
        cancel: StoredValue::new_local(Vec::new()),
    };
    provide_context(store);
    store
}

/// The archive state provided by [`provide_archive`].
pub fn use_archive() -> ArchiveStore {
    use_context::<ArchiveStore>().unwrap_or_else(provide_archive)
}
