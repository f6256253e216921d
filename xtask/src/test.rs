//! `cargo xtask test`: every check and test tier, ending in one summary line.
//!
//! Order: format, clippy (host and wasm32), host tests, `wasm-bindgen-test`
//! in headless Chromium, then Playwright journeys against the release build
//! served under `/needledrop/` the way GitHub Pages serves it, then the
//! shipped-size budget of that build. Every step runs even when an earlier
//! one failed, so one run shows everything.

use std::fs;

use anyhow::Result;

use crate::cmd::run_tee;
use crate::dist::build;
use crate::root;
use crate::tools::{ensure_all, Needs, Toolchain, CHROMEDRIVER};

/// The sub-path the e2e tier serves the site under, like a GitHub Pages project site.
pub const E2E_PUBLIC_URL: &str = "/needledrop/";

/// Pass/fail counts of one tier or check.
#[derive(Default, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    /// Tests (or checks) that passed.
    pub passed: usize,
    /// Tests (or checks) that failed.
    pub failed: usize,
}

/// Sums the `test result: … N passed; M failed` lines of cargo's test output.
pub fn cargo_counts(output: &str) -> Counts {
    let mut counts = Counts::default();
    for line in output.lines() {
        let Some(rest) = line.trim().strip_prefix("test result: ") else {
            continue;
        };
        for part in rest.split(';') {
            let words: Vec<&str> = part.split_whitespace().collect();
            let number = |word: &str| {
                words
                    .windows(2)
                    .find(|pair| pair[1] == word)
                    .and_then(|pair| pair[0].parse::<usize>().ok())
            };
            if let Some(n) = number("passed") {
                counts.passed += n;
            }
            if let Some(n) = number("failed") {
                counts.failed += n;
            }
        }
    }
    counts
}

/// Reads Playwright's JSON report stats.
pub fn playwright_counts(report: &str) -> Option<Counts> {
    let value: serde_json::Value = serde_json::from_str(report).ok()?;
    let stats = value.get("stats")?;
    let field = |name: &str| stats.get(name).and_then(|v| v.as_u64()).unwrap_or(0) as usize;
    Some(Counts {
        passed: field("expected") + field("flaky"),
        failed: field("unexpected"),
    })
}

struct Report {
    lines: Vec<(String, Counts, bool)>,
}

impl Report {
    fn record(&mut self, name: &str, ok: bool, mut counts: Counts) {
        if !ok && counts.failed == 0 {
            // The step failed without a failing test (build error, crash): count it.
            counts.failed = 1;
        }
        self.lines.push((name.to_owned(), counts, ok));
    }

    fn check(&mut self, name: &str, ok: bool) {
        self.lines.push((name.to_owned(), Counts::default(), ok));
    }
}

/// Runs everything; fails if anything failed.
pub fn run(_args: &[String]) -> Result<()> {
    let toolchain = ensure_all(Needs::Everything)?;
    let mut report = Report { lines: Vec::new() };
    let cargo = |args: &[&str]| -> Result<(bool, String)> {
        let mut command = toolchain.command("cargo");
        command.args(args);
        run_tee(&mut command)
    };

    report.check("cargo fmt --check", cargo(&["fmt", "--all", "--check"])?.0);
    let host_clippy = cargo(&[
        "clippy",
        "--workspace",
        "--exclude",
        "needledrop",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    report.check("clippy (host)", host_clippy.0);
    let wasm_clippy_app = cargo(&[
        "clippy",
        "-p",
        "needledrop",
        "--target",
        "wasm32-unknown-unknown",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    let wasm_clippy_core = cargo(&[
        "clippy",
        "-p",
        "needledrop-core",
        "--target",
        "wasm32-unknown-unknown",
        "--lib",
        "--",
        "-D",
        "warnings",
    ])?;
    report.check("clippy (wasm32)", wasm_clippy_app.0 && wasm_clippy_core.0);

    let (ok, output) = cargo(&["test", "--workspace", "--exclude", "needledrop"])?;
    report.record("host tests", ok, cargo_counts(&output));

    let (ok, output) = browser_tests(&toolchain)?;
    report.record("wasm-bindgen-test (Chromium)", ok, cargo_counts(&output));

    let (ok, counts) = e2e_tests(&toolchain)?;
    report.record("e2e (Playwright)", ok, counts);

    let (ok, verdict) = crate::size_budget::check(&crate::dist::dist_dir());
    report.check(&format!("size budget: {verdict}"), ok);

    print_summary(&report)
}

fn browser_tests(toolchain: &Toolchain) -> Result<(bool, String)> {
    let mut command = toolchain.command("cargo");
    command
        .args([
            "test",
            "-p",
            "needledrop",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .env("CHROMEDRIVER", CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "180");
    run_tee(&mut command)
}

fn e2e_tests(toolchain: &Toolchain) -> Result<(bool, Counts)> {
    if let Err(error) = build(toolchain, E2E_PUBLIC_URL) {
        eprintln!("e2e: the release build failed: {error:#}");
        return Ok((false, Counts::default()));
    }
    let folder = root().join("tests").join("e2e");
    let report_file = folder.join("test-results").join("report.json");
    let _ = fs::remove_file(&report_file);
    // A free port, so a server left running elsewhere never collides with the run.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .unwrap_or(4173);
    let mut command = toolchain.command("npx");
    command
        .args(["playwright", "test"])
        .env("PORT", port.to_string())
        .current_dir(&folder)
        .env("PLAYWRIGHT_JSON_OUTPUT_NAME", &report_file)
        .env("NEEDLEDROP_DIST", root().join("dist"))
        .env("NEEDLEDROP_BASE", E2E_PUBLIC_URL);
    let (ok, _) = run_tee(&mut command)?;
    let counts = fs::read_to_string(&report_file)
        .ok()
        .and_then(|text| playwright_counts(&text))
        .unwrap_or_default();
    Ok((ok, counts))
}

fn print_summary(report: &Report) -> Result<()> {
    let mut total = Counts::default();
    eprintln!("\n── summary ──");
    for (name, counts, ok) in &report.lines {
        let mark = if *ok { "ok  " } else { "FAIL" };
        if counts.passed + counts.failed > 0 {
            eprintln!(
                "{mark} {name}: {} passed, {} failed",
                counts.passed, counts.failed
            );
        } else {
            eprintln!("{mark} {name}");
        }
        total.passed += counts.passed;
        total.failed += counts.failed;
        if !ok && counts.passed + counts.failed == 0 {
            total.failed += 1;
        }
    }
    println!("{} passed, {} failed", total.passed, total.failed);
    if total.failed > 0 || report.lines.iter().any(|(_, _, ok)| !ok) {
        anyhow::bail!("some checks or tests failed (see above)");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_every_cargo_test_result_line() {
        let output = "running 3 tests\n\
            test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n\
            test result: FAILED. 7 passed; 2 failed; 1 ignored; 0 measured; 0 filtered out\n";
        assert_eq!(
            cargo_counts(output),
            Counts {
                passed: 10,
                failed: 2
            }
        );
    }

    #[test]
    fn reads_playwright_stats() {
        let report = r#"{"stats":{"expected":12,"unexpected":1,"flaky":2,"skipped":0}}"#;
        assert_eq!(
            playwright_counts(report),
            Some(Counts {
                passed: 14,
                failed: 1
            })
        );
        assert_eq!(playwright_counts("not json"), None);
    }
}
