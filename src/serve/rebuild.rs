//! The rebuild loop: saved files in, served deltas out, one batch at a time; the alignment report
//! after a quiet moment, on a pool of its own so that it never holds up a page.

use super::{ChangeKind, Delta, ReportDone, Site, http::Live, watch};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the tree must be quiet after a page rebuild before the alignment report is redone.
pub const REPORT_AFTER: Duration = Duration::from_millis(300);

/// How long after a rebuild that may pass on another try ([`Delta::retry`]) it is tried again.
pub const RETRY_AFTER: Duration = Duration::from_millis(500);

/// How many times in a row such a rebuild is tried again before the errors stay until the next
/// save.
pub const RETRIES: u32 = 20;

/// What reaches the rebuild loop.
pub enum Message {
    /// A debounced batch of changes from the watcher.
    Changes(Vec<ChangeKind>),
    /// A report job finished.
    Report(ReportDone),
}

/// Run rebuilds until `messages` ends: each batch of changes is rebuilt at once and applied to
/// `live`; when the tree has been quiet for [`REPORT_AFTER`], the alignment report is
/// re-rendered on a background pool and applied when done. `sender` is the loop's own address
/// (report jobs answer through it); `paths` is how paths are shown in the error overlay;
/// `rebuilt` hears of each page rebuild and how long it took (the command line logs it).
pub fn run(
    mut site: Site,
    live: &Live,
    messages: &mpsc::Receiver<Message>,
    sender: &mpsc::Sender<Message>,
    paths: &crate::report::ShownPaths,
    rebuilt: &dyn Fn(&Delta, Duration),
) {
    let pool = report_pool();
    let mut report_running = false;
    let mut retries = 0;
    loop {
        let first = match messages.recv_timeout(REPORT_AFTER) {
            Ok(message) => message,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if !report_running && let Some(job) = site.report_job() {
                    report_running = true;
                    let sender = sender.clone();
                    let work = move || {
                        let _ = sender.send(Message::Report(job.run()));
                    };
                    match &pool {
                        Some(pool) => pool.spawn(work),
                        None => {
                            std::thread::spawn(work);
                        }
                    }
                }
                continue;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        };
        // Changes that arrived while the last rebuild ran are merged into one.
        let mut batches = Vec::new();
        let mut reports = Vec::new();
        for message in std::iter::once(first).chain(messages.try_iter()) {
            match message {
                Message::Changes(changes) => batches.push(changes),
                Message::Report(rendered) => reports.push(rendered),
            }
        }
        for change in watch::merge(batches.into_iter().flatten()) {
            let started = Instant::now();
            let delta = site.rebuild(&change);
            rebuilt(&delta, started.elapsed());
            if delta.retry && retries < RETRIES {
                retries += 1;
                let sender = sender.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(RETRY_AFTER);
                    let _ = sender.send(Message::Changes(vec![change]));
                });
            } else if !delta.retry {
                retries = 0;
            }
            let errors = site.overlay_text(&delta.errors, paths);
            live.apply(delta, errors);
        }
        for rendered in reports {
            report_running = false;
            let delta = site.apply_report(rendered);
            let errors = site.overlay_text(&delta.errors, paths);
            live.apply(delta, errors);
        }
    }
}

/// The threads report jobs run on, at a lower priority than page rebuilds where the platform
/// allows (`None`: the pool could not be built; a plain thread does the job).
fn report_pool() -> Option<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("locdoc-report-{i}"))
        .start_handler(|_| lower_priority())
        .build()
        .ok()
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn lower_priority() {
    // Linux nice values are per thread: the page rebuilds keep the cores when both run.
    let _ = rustix::process::setpriority_process(Some(rustix::thread::gettid()), 10);
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn lower_priority() {}
