//! SIGKILL mid-load, restart on the same database: no receipted report lost, none half-stored.

use super::*;

async fn killed_and_restarted_mid_load(mut inst: Instance) {
    let started = Instant::now();
    let mut rng = Rng(seed());
    let run = format!("{:08x}", rng.next_u64() as u32);
    // Somewhere in the middle of the run, then a little later still.
    let kill_at = 100 + rng.below(800) as usize;
    let jitter = Duration::from_micros(rng.below(30_000));

    let load = Load::new(run.clone(), inst.srv.base.clone(), REPORTS);
    let tasks = load.spawn(CLIENTS);
    while load.receipts() < kill_at {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    tokio::time::sleep(jitter).await;
    let receipts_at_kill = load.receipts();
    // `restart` kills the process with SIGKILL (no shutdown of any kind) and starts it again
    // on the same database; the clients keep retrying meanwhile.
    let down = Instant::now();
    let killed_log = inst.srv.log.clone();
    tokio::task::block_in_place(|| inst.restart());
    *load.base.write().unwrap() = inst.srv.base.clone();
    eprintln!(
        "killed after {receipts_at_kill} receipts (aimed at {kill_at} + {jitter:?}); \
         restarted in {:.1?}",
        down.elapsed()
    );
    for t in tasks {
        t.await.unwrap();
    }
    let receipts = load.receipts.lock().unwrap().clone();
    assert_eq!(receipts.len(), REPORTS);
    let refused = load.refused.lock().unwrap().clone();
    assert!(
        refused.is_empty(),
        "answers other than 200 (a crash is no excuse for an error page): {refused:?}"
    );
    let lost = load.transport_errors.load(Ordering::Relaxed);
    assert!(
        lost > 0,
        "the kill interrupted no request: it proves nothing"
    );

    follow_up_all(&inst, &receipts).await;
    let stored = check_database(&inst, &run, &receipts, &[]);
    eprintln!(
        "{REPORTS} receipts, all open; {} reports stored, {} of them complete without a \
         receipt (committed, answer lost); {lost} requests interrupted; {:.1?} in all",
        stored.reports,
        stored.orphans,
        started.elapsed()
    );
    // At most the requests in flight at the kill were committed without an answer.
    assert!(stored.orphans <= CLIENTS, "{} orphans", stored.orphans);
    assert!(stored.per_index.values().all(|n| *n <= 2));
    for log in [killed_log.lock().unwrap().clone(), inst.log()] {
        assert!(!log.is_empty());
        assert!(!log.contains("Resilience report"), "report text in the log");
        assert!(!log.contains("panicked"), "the server panicked");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_load_loses_no_receipted_report_sqlite() {
    killed_and_restarted_mid_load(Instance::sqlite_process(&LOAD_ENV)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_load_loses_no_receipted_report_postgres() {
    if let Some(inst) = Instance::postgres_process(&LOAD_ENV) {
        killed_and_restarted_mid_load(inst).await;
    }
}
