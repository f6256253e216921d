//! `cargo xtask bench [--quick] [--no-build] [--only S3,S6]`: the benchmark
//! suite of the performance brief (scenarios S1-S10), written to `BENCHMARKS.md`.
//!
//! It builds the release site (as the e2e tier serves it, under
//! `/needledrop/`), copies it to `target/bench/dist` so a concurrent rebuild
//! cannot change it mid-run, installs `bench/`'s npm packages when missing,
//! and runs `bench/run.mjs`: headless Chromium (Playwright) drives each
//! scenario beside its baseline, interleaved after warm-up, and writes raw
//! samples as JSON. This module adds S1 (the shipped size, measured by
//! [`crate::size_budget`]), works out medians, ranges, ratios and targets,
//! and writes the Markdown. `--only` runs some scenarios and writes
//! `target/bench/BENCHMARKS.md` instead, leaving the committed file alone.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::cmd::{probe, run as run_command};
use crate::dist::{build, dist_dir};
use crate::root;
use crate::size_budget::{self, ShippedSize, KB, TARGET_BYTES};
use crate::test::E2E_PUBLIC_URL;
use crate::tools::{ensure_all, Needs, CHROMIUM};

/// Growth under this many KB after 50 cycles counts as none (S9): a few
/// KB per cycle is allocator and GC noise, not a leak.
pub const NO_GROWTH_TOLERANCE_KB: f64 = 256.0;

/// The raw results `bench/run.mjs` writes.
#[derive(Debug, Deserialize)]
pub struct RawResults {
    /// When the run started (ISO 8601, UTC).
    pub started: String,
    /// The browser and its version.
    pub browser: String,
    /// Whether it was a `--quick` run.
    pub quick: bool,
    /// Measured repetitions per side (before per-scenario adjustments).
    pub reps: usize,
    /// Warm-up repetitions per side.
    pub warmup: usize,
    /// The scenarios, in run order.
    pub scenarios: Vec<RawScenario>,
}

/// One scenario's outcome.
#[derive(Debug, Deserialize)]
pub struct RawScenario {
    /// `S2` … `S10`.
    pub id: String,
    /// What it measures.
    pub title: String,
    /// `ok`, `unavailable`, `not built`, `not run` or `failed`.
    pub status: String,
    /// Why it is not `ok`.
    #[serde(default)]
    pub reason: Option<String>,
    /// The measured quantities.
    #[serde(default)]
    pub rows: Vec<RawRow>,
    /// Remarks printed under the table.
    #[serde(default)]
    pub notes: Vec<String>,
}

/// One measured quantity: the app's samples beside its baseline's.
#[derive(Debug, Deserialize)]
pub struct RawRow {
    /// Stable key (`S3.sort`) the targets are looked up by.
    pub key: String,
    /// What it is.
    pub label: String,
    /// `ms`, `KB`, `count` or `score`.
    pub unit: String,
    /// The app's samples (null where a sample has no value).
    pub app: Vec<Option<f64>>,
    /// The baseline's samples, when there is a baseline.
    #[serde(default)]
    pub baseline: Option<Vec<Option<f64>>>,
    /// What the baseline is.
    #[serde(default, rename = "baselineLabel")]
    pub baseline_label: Option<String>,
    /// `median` (default), `p95` or `max`.
    #[serde(default)]
    pub stat: Option<String>,
    /// Why it cannot be measured at all.
    #[serde(default)]
    pub missing: Option<String>,
}

/// Which statistic of the samples a row reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stat {
    /// The middle value (mean of the two middle ones for an even count).
    Median,
    /// The 95th percentile, nearest rank.
    P95,
    /// The largest value.
    Max,
}

impl Stat {
    fn from_name(name: Option<&str>) -> Stat {
        match name {
            Some("p95") => Stat::P95,
            Some("max") => Stat::Max,
            _ => Stat::Median,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Stat::Median => "median",
            Stat::P95 => "p95",
            Stat::Max => "max",
        }
    }
}

/// A statistic of some samples with their range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// The chosen statistic.
    pub value: f64,
    /// Smallest sample.
    pub min: f64,
    /// Largest sample.
    pub max: f64,
    /// How many samples.
    pub count: usize,
}

/// Summarises the finite samples, or `None` when there are none.
pub fn summarize(samples: &[Option<f64>], stat: Stat) -> Option<Summary> {
    let mut sorted: Vec<f64> = samples
        .iter()
        .flatten()
        .copied()
        .filter(|value| value.is_finite())
        .collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(f64::total_cmp);
    let count = sorted.len();
    let value = match stat {
        Stat::Median if count.is_multiple_of(2) => {
            (sorted[count / 2 - 1] + sorted[count / 2]) / 2.0
        }
        Stat::Median => sorted[count / 2],
        Stat::P95 => sorted[((count as f64 * 0.95).ceil() as usize).clamp(1, count) - 1],
        Stat::Max => sorted[count - 1],
    };
    Some(Summary {
        value,
        min: sorted[0],
        max: sorted[count - 1],
        count,
    })
}

/// The target of a measured quantity (PERFORMANCE.md).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    /// The app's statistic over the baseline's at most this.
    RatioAtMost(f64),
    /// The app's statistic at most this, in the row's unit.
    AtMost(f64),
    /// At least this (scores).
    AtLeast(f64),
    /// Growth within [`NO_GROWTH_TOLERANCE_KB`].
    NoGrowth,
    /// Reported for context, no target.
    Info,
}

/// The target of each row key.
pub fn target_of(key: &str) -> Target {
    match key {
        "S1.size" => Target::AtMost((TARGET_BYTES / KB) as f64),
        "S2.fcp" | "S7.load" | "S7.parse" => Target::RatioAtMost(1.5),
        "S2.table" => Target::RatioAtMost(3.0),
        "S3.sort" | "S3.filter" | "S3.search" => Target::RatioAtMost(1.1),
        "S3.filter-10k" | "S8.keystroke" => Target::AtMost(16.7),
        "S4.render" | "S5.render" => Target::RatioAtMost(1.0),
        "S6.p95" => Target::AtMost(8.0),
        "S6.longtasks" => Target::AtMost(0.0),
        "S8.load" => Target::RatioAtMost(1.5),
        "S9.heap" | "S9.wasm" => Target::NoGrowth,
        "S10.desktop" => Target::AtLeast(100.0),
        "S10.mobile" => Target::AtLeast(95.0),
        _ => Target::Info,
    }
}

impl Target {
    /// The target as written in the table.
    pub fn describe(self, unit: &str) -> String {
        match self {
            Target::RatioAtMost(ratio) => format!("≤ {ratio:.1}×"),
            Target::AtMost(limit) => format!("≤ {}", value_with_unit(limit, unit)),
            Target::AtLeast(limit) => format!("≥ {}", value_with_unit(limit, unit)),
            Target::NoGrowth => format!("no growth (≤ {NO_GROWTH_TOLERANCE_KB:.0} KB)"),
            Target::Info => "—".to_owned(),
        }
    }

    /// Whether the app's statistic (and ratio) meets it; `None` without a target
    /// or without the numbers it needs.
    pub fn met(self, app: f64, ratio: Option<f64>) -> Option<bool> {
        match self {
            Target::RatioAtMost(limit) => ratio.map(|ratio| ratio <= limit),
            Target::AtMost(limit) => Some(app <= limit),
            Target::AtLeast(limit) => Some(app >= limit),
            Target::NoGrowth => Some(app <= NO_GROWTH_TOLERANCE_KB),
            Target::Info => None,
        }
    }
}

/// A number in its unit: one decimal for times and sizes; counts and scores
/// whole, unless a median fell between two (`99.5`), which is never rounded
/// up to a target it does not meet.
pub fn value_with_unit(value: f64, unit: &str) -> String {
    match unit {
        "count" | "score" => bare_value(value, unit),
        _ => format!("{value:.1} {unit}"),
    }
}

/// [`value_with_unit`] without the unit.
fn bare_value(value: f64, unit: &str) -> String {
    match unit {
        "count" | "score" if value.fract() == 0.0 => format!("{value:.0}"),
        _ => format!("{value:.1}"),
    }
}

/// A statistic with its range: `12.3 ms (10.1–15.0)`.
fn summary_cell(summary: &Summary, unit: &str) -> String {
    if summary.count == 1 {
        return value_with_unit(summary.value, unit);
    }
    format!(
        "{} ({}–{})",
        value_with_unit(summary.value, unit),
        bare_value(summary.min, unit),
        bare_value(summary.max, unit)
    )
}

/// One line of the results table.
#[derive(Clone, Debug, PartialEq)]
pub struct TableLine {
    /// Scenario id.
    pub id: String,
    /// The measure (with its statistic when not the median).
    pub measure: String,
    /// The app's cell.
    pub app: String,
    /// The baseline's cell (with what the baseline is).
    pub baseline: String,
    /// App over baseline.
    pub ratio: String,
    /// The target.
    pub target: String,
    /// `yes`, `no`, `—` (no target) or `n/a` (not measured).
    pub met: String,
}

/// The table line of one measured row.
pub fn line_of(id: &str, row: &RawRow, app_unavailable: Option<&str>) -> TableLine {
    let stat = Stat::from_name(row.stat.as_deref());
    let target = target_of(&row.key);
    let measure = match stat {
        Stat::Median => row.label.clone(),
        other => format!("{} ({})", row.label, other.label()),
    };
    let app = summarize(&row.app, stat);
    let baseline = row
        .baseline
        .as_deref()
        .and_then(|samples| summarize(samples, stat));
    let ratio = match (app, baseline) {
        (Some(app), Some(base)) if base.value > 0.0 => Some(app.value / base.value),
        _ => None,
    };
    let baseline_cell = match (baseline, &row.baseline_label) {
        (Some(summary), Some(label)) => format!("{label}: {}", summary_cell(&summary, &row.unit)),
        (Some(summary), None) => summary_cell(&summary, &row.unit),
        (None, _) => "—".to_owned(),
    };
    let (app_cell, met) = match (&row.missing, app) {
        (Some(reason), _) => (reason.clone(), "n/a".to_owned()),
        (None, Some(summary)) => (
            summary_cell(&summary, &row.unit),
            match target.met(summary.value, ratio) {
                Some(true) => "yes".to_owned(),
                Some(false) => "no".to_owned(),
                None => "—".to_owned(),
            },
        ),
        (None, None) => (
            app_unavailable.unwrap_or("no samples").to_owned(),
            "n/a".to_owned(),
        ),
    };
    TableLine {
        id: id.to_owned(),
        measure,
        app: app_cell,
        baseline: baseline_cell,
        ratio: ratio.map_or_else(|| "—".to_owned(), |ratio| format!("{ratio:.2}×")),
        target: target.describe(&row.unit),
        met,
    }
}

/// The table lines of a scenario: its rows, or one line saying why it was not measured.
pub fn lines_of(scenario: &RawScenario) -> Vec<TableLine> {
    let unavailable = (scenario.status != "ok").then(|| {
        scenario
            .reason
            .clone()
            .unwrap_or_else(|| scenario.status.clone())
    });
    let measured: Vec<&RawRow> = scenario
        .rows
        .iter()
        .filter(|row| {
            unavailable.is_none()
                || row
                    .baseline
                    .as_ref()
                    .is_some_and(|samples| !samples.is_empty())
        })
        .collect();
    if measured.is_empty() {
        return vec![TableLine {
            id: scenario.id.clone(),
            measure: scenario.title.clone(),
            app: unavailable.unwrap_or_else(|| "no samples".to_owned()),
            baseline: "—".to_owned(),
            ratio: "—".to_owned(),
            target: "—".to_owned(),
            met: "n/a".to_owned(),
        }];
    }
    measured
        .into_iter()
        .map(|row| line_of(&scenario.id, row, unavailable.as_deref()))
        .collect()
}

/// S1 from the build: the shipped gzip size against the 120 KB target.
pub fn size_line(size: &ShippedSize) -> TableLine {
    let kb = size.gzip() as f64 / KB as f64;
    let target = target_of("S1.size");
    TableLine {
        id: "S1".to_owned(),
        measure: "shipped size, gzip (wasm + JS + CSS, data/ excluded)".to_owned(),
        app: value_with_unit(kb, "KB"),
        baseline: "—".to_owned(),
        ratio: "—".to_owned(),
        target: target.describe("KB"),
        met: if target.met(kb, None) == Some(true) {
            "yes"
        } else {
            "no"
        }
        .to_owned(),
    }
}

/// The machine the run happened on.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Machine {
    /// CPU model name.
    pub cpu: String,
    /// Logical cores.
    pub cores: usize,
    /// Memory in GiB.
    pub memory_gib: f64,
    /// Kernel release.
    pub kernel: String,
    /// Node.js version.
    pub node: String,
}

impl Machine {
    /// Reads `/proc` and `node --version`.
    pub fn detect() -> Machine {
        let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let meminfo = fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let (cpu, cores) = cpu_of(&cpuinfo);
        Machine {
            cpu,
            cores,
            memory_gib: memory_gib_of(&meminfo),
            kernel: fs::read_to_string("/proc/sys/kernel/osrelease")
                .map(|text| text.trim().to_owned())
                .unwrap_or_default(),
            node: probe("node", &["--version"]).unwrap_or_else(|| "unknown".to_owned()),
        }
    }
}

/// The CPU model and the number of logical cores in `/proc/cpuinfo`.
pub fn cpu_of(cpuinfo: &str) -> (String, usize) {
    let field = |line: &str, name: &str| {
        line.split_once(':')
            .filter(|(key, _)| key.trim() == name)
            .map(|(_, value)| value.trim().to_owned())
    };
    let model = cpuinfo
        .lines()
        .find_map(|line| field(line, "model name"))
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = cpuinfo
        .lines()
        .filter(|line| field(line, "processor").is_some())
        .count();
    (model, cores)
}

/// `MemTotal` of `/proc/meminfo` in GiB.
pub fn memory_gib_of(meminfo: &str) -> f64 {
    meminfo
        .lines()
        .find_map(|line| line.strip_prefix("MemTotal:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kib| kib.parse::<f64>().ok())
        .map_or(0.0, |kib| kib / 1024.0 / 1024.0)
}

/// How the numbers are taken, printed under the table.
const METHOD: &str = "\
Every figure is taken inside the page by headless Chromium (Playwright with Debian's \
`/usr/bin/chromium`, `--disable-gpu`, viewport 1280×800 at device pixel ratio 1), from \
`performance.mark`/`measure` entries, `paint` entries and Resource Timing, never from \
timers outside the page. The app and its baseline run in the same browser, interleaved \
(A B A B …) after warm-up rounds that are thrown away; the table gives the median \
(or the p95 / max where it says so) with min–max over the repetitions, and the ratio \
app ÷ baseline. Page loads use a fresh browser context each time (cold HTTP cache). \
\"Painted\" means a timeout queued from the next `requestAnimationFrame` after the work \
has run, i.e. after that frame was produced: the app marks `table-painted` this way; \
the harness adds `chart-drawn:painted` and `hover-painted:painted` after the app's \
`chart-drawn` and `hover-painted` marks the same way in both the app and uPlot. \
Everything is served from one localhost origin, gzip-compressed like GitHub Pages \
(HTML, JS, CSS, JSON, CSV and wasm, for the app and the baselines alike), without \
throttling (except Lighthouse's own simulated mobile throttling): the app's release `dist/` under \
`/needledrop/` and the baselines under `/bench/`, which never ship.\n\n\
- **S1** gzip (flate2 default level, like GitHub Pages) of every `.wasm`, `.js` and \
`.css` in `dist/` except `data/`, and of the stylesheet the pages carry inline (once); `cargo xtask test` enforces a no-growth ceiling on the \
same number.\n\
- **S2** `first-contentful-paint` of the app's home page, and \"table visible\": the \
home page's HTML holds the table (written at build time), so this is the Element \
Timing render time of its last row (falling back to `table-painted` when absent), \
against the blank page's first contentful paint, and against a hand-written vanilla JS \
page building the same table from the same `index.json` with the app's own \
stylesheet, inline in the page as the app ships it. \"Table working\" is the app's own `table-painted` mark (the app has \
loaded, taken over the page and painted its table, which sorts and filters). Twice the \
usual repetitions: a first frame's software raster varies by tens of ms from load to load.\n\
- **S3** click (or input event) to `table-painted`: sort by the first heading, genre \
filter, search, on the app and the vanilla page, each action alternating so the rows \
always change. Both sides write the new state into the URL (push for choices, replace \
while typing) once the frame showing it is painted, so neither side's history write \
(about 2 ms in Chromium) is in the sample. Six times the usual repetitions: each \
sample includes the wait for the next frame (0–16.7 ms), which dwarfs the script time \
of either side.\n\
- **S4/S5** a deterministic synthetic series (seeded PRNG, consecutive days from \
0001-01-01, CSV `date,value,series,metric`) served by the harness and opened with \
`/needledrop/embed?data=<url>`, against uPlot 1.6 (npm, bench-only) drawing the same \
CSV at the same plot size. The target row runs from the CSV's last byte to the chart \
painted (parse, import, thinning and drawing in the app; a one-pass CSV parse and \
`new uPlot` in the baseline); the draw-only row is the app's `chart-draw` measure, \
which starts after the app has thinned the data, against `new uPlot` to its draw hook.\n\
- **S6** real mouse moves (CDP input) over the chart, 10 series × 10k points: from the \
moment the page receives `pointermove` to the crosshair and tooltip painted; the \
INP-like row counts from the event's input time stamp, so it includes the wait for the \
next frame. Long tasks come from a `longtask` PerformanceObserver.\n\
- **S7** the app's `dataset-load` measure (fetch, parse and validation of `index.json`) \
against `fetch` + `JSON.parse` of the same bytes in the blank page (the load row \
also holds whatever else the main thread does meanwhile: the app mounts while the \
dataset arrives); the parse row is the app's `dataset-parse` measure (parse and \
validation of the fetched bytes) against `TextDecoder` + `JSON.parse` of the same \
bytes. Both come from cold loads (a fresh profile each), where V8 compiles each wasm \
function on its first call, with its baseline compiler; the returning-visit rows load \
the same pages again in one kept profile per side, where the browser's caches of the \
files and of the compiled wasm are warm.\n\
- **S9** 5 warm-up then 50 cycles of hover, drag-to-zoom, hover and double-click \
reset with real mouse input; heap after `HeapProfiler.collectGarbage` \
(`Runtime.getHeapUsage`) and the wasm memory size (from trunk's \
`TrunkApplicationStarted` event) before and after the 50 cycles.\n\
- **S10** Lighthouse (npm, pinned) against the same server with the desktop preset and \
the default mobile preset, performance category only.";

/// The whole `BENCHMARKS.md`.
pub fn render(raw: &RawResults, size: &ShippedSize, machine: &Machine, partial: bool) -> String {
    let mut lines = vec![size_line(size)];
    for scenario in &raw.scenarios {
        lines.extend(lines_of(scenario));
    }
    let when = raw
        .started
        .get(..16)
        .unwrap_or(&raw.started)
        .replace('T', " ");
    let mut text = String::from("# Benchmarks\n\n");
    text.push_str(
        "Generated by `cargo xtask bench` (do not edit by hand). Targets come from the \
         project's performance brief (`PERFORMANCE.md`); the method is at the end. Cells give the median (min–max) unless the measure says p95 \
         or max; ratios are app ÷ baseline from the same run.\n\n",
    );
    if partial {
        text.push_str("**Partial run (`--only`): not every scenario is here.**\n\n");
    }
    text.push_str(&format!(
        "- **Date:** {when} UTC\n- **Machine:** {}, {} logical cores, {:.1} GiB RAM, Linux {}\n\
         - **Browser:** {} (headless, `/usr/bin/chromium`); Node.js {}\n\
         - **Repetitions:** {} measured after {} warm-up per side{}\n\n",
        machine.cpu,
        machine.cores,
        machine.memory_gib,
        machine.kernel,
        raw.browser,
        machine.node,
        raw.reps,
        raw.warmup,
        if raw.quick { " (`--quick`)" } else { "" }
    ));
    text.push_str(&markdown_table(&lines));
    text.push_str(&format!(
        "\nS1 is also a check in `cargo xtask test`: {}.\n",
        size_budget::summary(size, size_budget::CEILING_BYTES, TARGET_BYTES)
    ));
    let notes: Vec<String> = raw
        .scenarios
        .iter()
        .flat_map(|scenario| {
            scenario
                .notes
                .iter()
                .map(move |note| format!("- {}: {note}", scenario.id))
        })
        .collect();
    if !notes.is_empty() {
        text.push_str("\n## Notes\n\n");
        text.push_str(&notes.join("\n"));
        text.push('\n');
    }
    text.push_str("\n## Method\n\n");
    text.push_str(METHOD);
    text.push('\n');
    text
}

/// The results table in Markdown (pipes in cells escaped).
pub fn markdown_table(lines: &[TableLine]) -> String {
    let cell = |text: &str| text.replace('|', "\\|").replace('\n', " ");
    let mut text = String::from(
        "| id | measure | app | baseline | ratio | target | met |\n|---|---|---|---|---|---|---|\n",
    );
    for line in lines {
        text.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            cell(&line.id),
            cell(&line.measure),
            cell(&line.app),
            cell(&line.baseline),
            cell(&line.ratio),
            cell(&line.target),
            cell(&line.met)
        ));
    }
    text
}

/// Copies a folder tree, replacing whatever was at `to`.
fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    let _ = fs::remove_dir_all(to);
    fs::create_dir_all(to).with_context(|| format!("cannot create {}", to.display()))?;
    for entry in fs::read_dir(from).with_context(|| format!("cannot list {}", from.display()))? {
        let path = entry?.path();
        let target = to.join(path.file_name().context("a file without a name")?);
        if path.is_dir() {
            copy_tree(&path, &target)?;
        } else {
            fs::copy(&path, &target).with_context(|| format!("cannot copy {}", path.display()))?;
        }
    }
    Ok(())
}

/// Installs `bench/`'s packages from its lockfile when they are missing or older than it.
fn ensure_bench_packages(toolchain: &crate::tools::Toolchain, folder: &Path) -> Result<()> {
    let modified = |path: &Path| fs::metadata(path).and_then(|meta| meta.modified()).ok();
    let installed = modified(&folder.join("node_modules").join(".package-lock.json"));
    let locked = modified(&folder.join("package-lock.json"));
    if installed.is_some() && installed >= locked {
        return Ok(());
    }
    run_command(
        toolchain
            .command("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
            .current_dir(folder),
    )
}

/// The value after `--name`, if given.
fn option<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|arg| arg == name)
        .and_then(|index| args.get(index + 1))
        .map(String::as_str)
}

/// Entry point of `cargo xtask bench`.
pub fn run(args: &[String]) -> Result<()> {
    let toolchain = ensure_all(Needs::Everything)?;
    if !args.iter().any(|arg| arg == "--no-build") {
        build(&toolchain, E2E_PUBLIC_URL)?;
    }
    let work = root().join("target").join("bench");
    let snapshot = work.join("dist");
    copy_tree(&dist_dir(), &snapshot)?;
    let folder = root().join("bench");
    ensure_bench_packages(&toolchain, &folder)?;

    let results = work.join("results.json");
    let _ = fs::remove_file(&results);
    let mut command = toolchain.command("node");
    command
        .arg("run.mjs")
        .arg("--dist")
        .arg(&snapshot)
        .arg("--out")
        .arg(&results)
        .env("CHROMIUM", CHROMIUM)
        .current_dir(&folder);
    if args.iter().any(|arg| arg == "--quick") {
        command.arg("--quick");
    }
    let only = option(args, "--only");
    if let Some(only) = only {
        command.args(["--only", only]);
    }
    run_command(&mut command)?;

    let text = fs::read_to_string(&results).context("bench/run.mjs wrote no results")?;
    let raw: RawResults = serde_json::from_str(&text).context("unreadable bench results")?;
    let size = size_budget::measure(&snapshot)?;
    let report = render(&raw, &size, &Machine::detect(), only.is_some());
    let out = if only.is_some() {
        work.join("BENCHMARKS.md")
    } else {
        root().join("BENCHMARKS.md")
    };
    fs::write(&out, &report).with_context(|| format!("cannot write {}", out.display()))?;
    let mut lines = vec![size_line(&size)];
    lines.extend(raw.scenarios.iter().flat_map(lines_of));
    println!("{}", markdown_table(&lines));
    eprintln!("bench: wrote {}", out.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples(values: &[f64]) -> Vec<Option<f64>> {
        values.iter().copied().map(Some).collect()
    }

    fn raw_row(key: &str, app: &[f64], baseline: Option<&[f64]>) -> RawRow {
        RawRow {
            key: key.to_owned(),
            label: "thing".to_owned(),
            unit: "ms".to_owned(),
            app: samples(app),
            baseline: baseline.map(samples),
            baseline_label: baseline.map(|_| "base".to_owned()),
            stat: None,
            missing: None,
        }
    }

    #[test]
    fn medians_percentiles_and_ranges() {
        let odd = summarize(&samples(&[5.0, 1.0, 3.0]), Stat::Median).unwrap();
        assert_eq!((odd.value, odd.min, odd.max, odd.count), (3.0, 1.0, 5.0, 3));
        let even = summarize(&samples(&[4.0, 1.0, 3.0, 2.0]), Stat::Median).unwrap();
        assert_eq!(even.value, 2.5);
        let hundred: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(
            summarize(&samples(&hundred), Stat::P95).unwrap().value,
            95.0
        );
        assert_eq!(summarize(&samples(&[2.0]), Stat::P95).unwrap().value, 2.0);
        assert_eq!(
            summarize(&samples(&[2.0, 9.0]), Stat::Max).unwrap().value,
            9.0
        );
        // Nulls and non-finite values are not samples.
        let holes = vec![None, Some(f64::NAN), Some(4.0)];
        assert_eq!(summarize(&holes, Stat::Median).unwrap().count, 1);
        assert_eq!(summarize(&[None], Stat::Median), None);
    }

    #[test]
    fn ratios_are_checked_against_the_target() {
        let line = line_of(
            "S3",
            &raw_row("S3.sort", &[10.0, 12.0, 11.0], Some(&[10.0, 10.0, 10.0])),
            None,
        );
        assert_eq!(line.app, "11.0 ms (10.0–12.0)");
        assert_eq!(line.baseline, "base: 10.0 ms (10.0–10.0)");
        assert_eq!(line.ratio, "1.10×");
        assert_eq!(line.target, "≤ 1.1×");
        assert_eq!(line.met, "yes");
        let slow = line_of("S3", &raw_row("S3.sort", &[20.0], Some(&[10.0])), None);
        assert_eq!((slow.ratio.as_str(), slow.met.as_str()), ("2.00×", "no"));
    }

    #[test]
    fn absolute_targets_and_rows_without_a_target() {
        let mut row = raw_row("S6.p95", &[1.0, 2.0, 9.0], None);
        row.stat = Some("p95".to_owned());
        let line = line_of("S6", &row, None);
        assert_eq!(line.measure, "thing (p95)");
        assert_eq!(
            (line.target.as_str(), line.met.as_str()),
            ("≤ 8.0 ms", "no")
        );
        let info = line_of("S4", &raw_row("S4.total", &[1.0], Some(&[2.0])), None);
        assert_eq!((info.target.as_str(), info.met.as_str()), ("—", "—"));
        let mut growth = raw_row("S9.wasm", &[0.0, 64.0], None);
        growth.unit = "KB".to_owned();
        assert_eq!(line_of("S9", &growth, None).met, "yes");
        assert_eq!(target_of("S10.mobile").met(94.0, None), Some(false));
        // A median score between two runs is shown as it is, not rounded up to the target.
        let mut scores = raw_row("S10.desktop", &[99.0, 100.0], None);
        scores.unit = "score".to_owned();
        let line = line_of("S10", &scores, None);
        assert_eq!(
            (line.app.as_str(), line.met.as_str()),
            ("99.5 (99–100)", "no")
        );
    }

    #[test]
    fn unmeasurable_rows_and_scenarios_say_why() {
        let mut row = raw_row("S3.filter-10k", &[], None);
        row.missing = Some("not measurable: no 10k-row table".to_owned());
        let line = line_of("S3", &row, None);
        assert_eq!(
            (line.app.as_str(), line.met.as_str()),
            ("not measurable: no 10k-row table", "n/a")
        );
        let not_built = RawScenario {
            id: "S8".to_owned(),
            title: "Archive".to_owned(),
            status: "not built".to_owned(),
            reason: Some("not built: no manifest".to_owned()),
            rows: vec![],
            notes: vec![],
        };
        let lines = lines_of(&not_built);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].app, "not built: no manifest");
        // An unavailable app side still shows the baseline it measured.
        let unavailable = RawScenario {
            id: "S4".to_owned(),
            title: "Chart".to_owned(),
            status: "unavailable".to_owned(),
            reason: Some("app side unavailable: no data= yet".to_owned()),
            rows: vec![
                raw_row("S4.render", &[], Some(&[30.0])),
                raw_row("S9.wasm", &[], None),
            ],
            notes: vec![],
        };
        let lines = lines_of(&unavailable);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].app, "app side unavailable: no data= yet");
        assert_eq!(lines[0].baseline, "base: 30.0 ms");
        assert_eq!(lines[0].met, "n/a");
    }

    #[test]
    fn reads_the_machine_from_proc_text() {
        let cpuinfo = "processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Processor\n\nprocessor\t: 1\nmodel name\t: Intel(R) Xeon(R) Processor\n";
        assert_eq!(
            cpu_of(cpuinfo),
            ("Intel(R) Xeon(R) Processor".to_owned(), 2)
        );
        assert!((memory_gib_of("MemTotal:       24684084 kB\n") - 23.54).abs() < 0.01);
        assert_eq!(memory_gib_of(""), 0.0);
    }

    #[test]
    fn renders_the_results_file() {
        let raw: RawResults = serde_json::from_str(
            r#"{"started":"2026-11-21T14:05:09.123Z","browser":"Chromium 148.0","quick":true,"reps":3,"warmup":1,
               "scenarios":[{"id":"S3","title":"Table","status":"ok","rows":[
                 {"key":"S3.sort","label":"sort","unit":"ms","app":[2,3,4],"baseline":[2,2,2],"baselineLabel":"vanilla JS"}],
                 "notes":["a | note"]}]}"#,
        )
        .unwrap();
        let size = ShippedSize {
            files: vec![size_budget::ShippedFile {
                path: "a.wasm".into(),
                raw: 900 * KB,
                gzip: 300 * KB,
            }],
        };
        let machine = Machine {
            cpu: "CPU".to_owned(),
            cores: 2,
            memory_gib: 23.5,
            kernel: "6.1".to_owned(),
            node: "v20".to_owned(),
        };
        let text = render(&raw, &size, &machine, false);
        assert!(text.contains("- **Date:** 2026-11-21 14:05 UTC"), "{text}");
        assert!(
            text.contains("CPU, 2 logical cores, 23.5 GiB RAM"),
            "{text}"
        );
        assert!(text.contains("| S1 | shipped size, gzip (wasm + JS + CSS, data/ excluded) | 300.0 KB | — | — | ≤ 120.0 KB | no |"), "{text}");
        assert!(text.contains("| S3 | sort | 3.0 ms (2.0–4.0) | vanilla JS: 2.0 ms (2.0–2.0) | 1.50× | ≤ 1.1× | no |"), "{text}");
        assert!(text.contains("- S3: a | note"), "{text}");
        assert!(text.contains("(`--quick`)"));
        assert!(!text.contains("Partial run"));
        assert!(render(&raw, &size, &machine, true).contains("Partial run"));
    }
}
