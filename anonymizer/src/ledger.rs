//! `anonymizer ledger`: what each quarter and year has spent and has left.

use std::collections::BTreeMap;
use std::io::Write;

use storage::Database;

use crate::error::Result;
use crate::plan::Caps;

pub fn print(db: &Database, caps: Caps, out: &mut dyn Write) -> Result<()> {
    let mut conn = db.conn()?;
    let entries = storage::releases::ledger_entries(&mut conn)?;
    let releases = storage::releases::list_releases(&mut conn)?;
    let problems = storage::releases::ledger_disagreements(&mut conn)?;
    let mut by_period: BTreeMap<String, f64> = BTreeMap::new();
    let mut by_year: BTreeMap<i32, f64> = BTreeMap::new();
    for e in &entries {
        *by_period.entry(e.period.clone()).or_default() += e.epsilon;
        *by_year.entry(e.year).or_default() += e.epsilon;
    }
    let w = |out: &mut dyn Write, s: String| {
        let _ = writeln!(out, "{s}");
    };
    if entries.is_empty() {
        w(
            out,
            format!(
                "No budget spent yet (caps: epsilon {} per quarter, {} per year).",
                caps.quarter, caps.year
            ),
        );
        warn_disagreements(out, &problems);
        return Ok(());
    }
    w(
        out,
        format!(
            "{:<8} {:>10} {:>10} {:>10}",
            "quarter", "spent", "cap", "left"
        ),
    );
    for (period, spent) in &by_period {
        w(
            out,
            format!(
                "{:<8} {:>10.6} {:>10.6} {:>10.6}",
                period,
                spent,
                caps.quarter,
                (caps.quarter - spent).max(0.0)
            ),
        );
    }
    w(out, String::new());
    w(
        out,
        format!("{:<8} {:>10} {:>10} {:>10}", "year", "spent", "cap", "left"),
    );
    for (year, spent) in &by_year {
        w(
            out,
            format!(
                "{:<8} {:>10.6} {:>10.6} {:>10.6}",
                year,
                spent,
                caps.year,
                (caps.year - spent).max(0.0)
            ),
        );
    }
    w(out, String::new());
    w(out, "releases:".into());
    for r in &releases {
        w(
            out,
            format!("  {}  period {}  epsilon {:.6}", r.id, r.period, r.epsilon),
        );
    }
    warn_disagreements(out, &problems);
    Ok(())
}

/// The ledger's disagreements with the releases, if any, after the figures.
fn warn_disagreements(out: &mut dyn Write, problems: &[String]) {
    if problems.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\nWARNING: the ledger and the releases disagree; releases are refused until this is resolved:"
    );
    for p in problems {
        let _ = writeln!(out, "  {p}");
    }
}
