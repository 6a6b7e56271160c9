//! The write stage on a real filesystem: atomic publish, no stale files, nothing written for bad
//! paths, leftovers of killed builds removed, the same tree whatever the thread count.

use locdoc::write::{PathProblem, WriteError, publish};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

type Site = BTreeMap<String, Vec<u8>>;

fn site(entries: &[(&str, &str)]) -> Site {
    entries
        .iter()
        .map(|(p, b)| ((*p).to_owned(), b.as_bytes().to_vec()))
        .collect()
}

/// Every entry under `dir`: files with their bytes, folders as `path/` with no bytes.
fn tree(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .map(|e| {
            let e = e.expect("walk");
            let rel = e
                .path()
                .strip_prefix(dir)
                .expect("under dir")
                .to_str()
                .expect("utf-8")
                .replace('\\', "/");
            if e.file_type().is_dir() {
                (format!("{rel}/"), None)
            } else {
                (rel, Some(fs::read(e.path()).expect("read")))
            }
        })
        .collect()
}

/// The tree a published `site` must produce: its files and exactly the folders they need.
fn expected(site: &Site) -> BTreeMap<String, Option<Vec<u8>>> {
    let mut t = BTreeMap::new();
    for (path, bytes) in site {
        for (i, _) in path.match_indices('/') {
            t.insert(format!("{}/", &path[..i]), None);
        }
        t.insert(path.clone(), Some(bytes.clone()));
    }
    t
}

/// Names in a folder, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn old_site() -> Site {
    site(&[
        ("index.html", "old home"),
        ("ro-RO/close-your-account/index.html", "vechi"),
        ("ro-RO/gone/index.html", "stale"),
        ("assets/site.css", "body{}"),
    ])
}

#[test]
fn fresh_publish_writes_exactly_the_site() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let files = old_site();
    let stats = publish(&out, &files).expect("publish");
    assert_eq!(stats.files, 4);
    assert_eq!(
        stats.bytes,
        files.values().map(|b| b.len() as u64).sum::<u64>()
    );
    assert_eq!(stats.leftover, None);
    assert_eq!(tree(&out), expected(&files));
    assert_eq!(
        names(tmp.path()),
        ["public"],
        "no staging folder left beside"
    );
}

#[test]
fn fresh_publish_creates_missing_parents() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("build/www/public");
    let files = site(&[("index.html", "x")]);
    publish(&out, &files).expect("publish");
    assert_eq!(tree(&out), expected(&files));
}

#[test]
fn relative_out_dir_works() {
    // `public` (parent ""), trailing slash and a `.` component all name the same folder.
    let tmp = tempfile::tempdir().expect("tempdir");
    let files = site(&[("a/b.html", "x")]);
    for out in ["public", "public/", "public/."] {
        let out = tmp.path().join(out);
        publish(&out, &files).expect("publish");
        assert_eq!(tree(&out), expected(&files));
        assert_eq!(names(tmp.path()), ["public"]);
    }
}

#[test]
fn republish_replaces_the_site_and_drops_stale_files() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    publish(&out, &old_site()).expect("first publish");
    // A file the user (or a server) dropped into the old output does not survive either.
    fs::write(out.join("stray.txt"), "x").expect("stray");

    let new = site(&[
        ("index.html", "new home"),
        ("ro-RO/close-your-account/index.html", "nou"),
        ("it-IT/close-your-account/index.html", "nuovo"),
    ]);
    let stats = publish(&out, &new).expect("second publish");
    assert_eq!(stats.files, 3);
    assert_eq!(stats.leftover, None);
    assert_eq!(tree(&out), expected(&new));
    assert_eq!(
        names(tmp.path()),
        ["public"],
        "old site and staging removed"
    );
}

#[test]
fn empty_site_is_an_empty_folder() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    publish(&out, &old_site()).expect("publish");
    let stats = publish(&out, &Site::new()).expect("publish empty");
    assert_eq!((stats.files, stats.bytes), (0, 0));
    assert!(tree(&out).is_empty());
}

#[test]
fn bad_paths_write_nothing_and_keep_the_old_site() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let old = old_site();
    publish(&out, &old).expect("publish");

    for bad in [
        "../x",
        "/abs",
        "a//b",
        "a/./b",
        "./a",
        "a/..",
        "con/x",
        "docs/NUL.html",
        "a\\b",
        "a\0b",
        "C:x",
        "",
        "trailing/",
    ] {
        let mut files = site(&[("index.html", "new"), ("zzz/last.html", "new")]);
        files.insert(bad.to_owned(), b"evil".to_vec());
        match publish(&out, &files) {
            Err(e @ WriteError::BadPath { .. }) => {
                let WriteError::BadPath { path, .. } = &e else {
                    unreachable!()
                };
                assert_eq!(path, bad);
                assert!(e.to_string().contains(&format!("{bad:?}")), "{e}");
            }
            other => panic!("{bad:?}: {other:?}"),
        }
        assert_eq!(tree(&out), expected(&old), "{bad:?}: old site intact");
        assert_eq!(names(tmp.path()), ["public"], "{bad:?}: nothing staged");
    }
    assert!(!tmp.path().join("x").exists());
}

#[test]
fn the_problem_is_reported() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let files = site(&[("a/../../escape", "x")]);
    match publish(&out, &files) {
        Err(WriteError::BadPath { problem, .. }) => assert_eq!(problem, PathProblem::ParentDir),
        other => panic!("{other:?}"),
    }
    assert!(!out.exists(), "nothing created for a refused site");
    assert!(names(tmp.path()).is_empty());
}

#[test]
fn a_file_that_is_also_a_folder_is_refused_up_front() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let old = old_site();
    publish(&out, &old).expect("publish");

    let files = site(&[("a", "file"), ("a/b", "file below it"), ("z.html", "z")]);
    match publish(&out, &files) {
        Err(WriteError::FileIsFolder { path, file }) => {
            assert_eq!((path.as_str(), file.as_str()), ("a/b", "a"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(tree(&out), expected(&old));
    assert_eq!(names(tmp.path()), ["public"]);
}

#[test]
fn a_write_that_fails_midway_keeps_the_old_site() {
    // A name longer than any filesystem allows (255 bytes) passes validation and fails only when
    // written, after other files are already staged: the build must fail without a trace.
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let old = old_site();
    publish(&out, &old).expect("publish");

    let long = format!("m/{}.html", "x".repeat(300));
    let mut files = site(&[("a/index.html", "new"), ("z/index.html", "new")]);
    files.insert(long, b"too long".to_vec());
    match publish(&out, &files) {
        Err(WriteError::Io { action, path, .. }) => {
            assert_eq!(action, "write");
            assert!(path.to_string_lossy().ends_with("xxxx.html"), "{path:?}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(tree(&out), expected(&old), "old site intact");
    assert_eq!(names(tmp.path()), ["public"], "staging removed");
}

#[test]
fn leftovers_of_killed_builds_are_removed_and_nothing_else() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let parent = tmp.path();
    let out = parent.join("site");
    let dead = 99_999_999;
    for leftover in [
        format!(".site.locdoc-staging-{dead}-0"),
        format!(".site.locdoc-staging-{dead}-7"),
        format!(".site.locdoc-old-{dead}"),
        format!(".site.locdoc-old-{dead}-3"),
    ] {
        fs::create_dir_all(parent.join(&leftover).join("deep/er")).expect("mkdir");
        fs::write(parent.join(&leftover).join("deep/er/f.html"), "half").expect("write");
    }
    // Not ours: other output folders, other shapes, a file, and (below) a link.
    let keep_dirs = [
        format!(".other.locdoc-staging-{dead}-0"),
        ".site.locdoc-staging-x".to_owned(),
        format!(".site.locdoc-staging-{dead}-0-1"),
        format!("site.locdoc-staging-{dead}-0"),
        "unrelated".to_owned(),
    ];
    for d in &keep_dirs {
        fs::create_dir(parent.join(d)).expect("mkdir");
    }
    let keep_file = format!(".site.locdoc-staging-{dead}-1");
    fs::write(parent.join(&keep_file), "a file").expect("write");

    let mut kept: Vec<String> = keep_dirs.to_vec();
    kept.push(keep_file);
    kept.push("site".to_owned());

    #[cfg(unix)]
    {
        // A link named like a leftover is neither removed nor followed.
        fs::create_dir(parent.join("target")).expect("mkdir");
        fs::write(parent.join("target/precious"), "keep").expect("write");
        let link = format!(".site.locdoc-staging-{dead}-2");
        std::os::unix::fs::symlink(parent.join("target"), parent.join(&link)).expect("symlink");
        kept.push(link);
        kept.push("target".to_owned());
    }
    // A folder that a running publish holds (`flock`, as publish does) is not a leftover, even
    // with a dead-looking pid: pids are reused (containers), locks die with their process.
    #[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
    let _held = {
        use rustix::fs::{FlockOperation, Mode, OFlags, flock, open};
        let busy = format!(".site.locdoc-staging-{dead}-9");
        fs::create_dir(parent.join(&busy)).expect("mkdir");
        let fd = open(parent.join(&busy), OFlags::RDONLY, Mode::empty()).expect("open");
        flock(&fd, FlockOperation::LockExclusive).expect("flock");
        kept.push(busy);
        fd
    };

    let files = site(&[("index.html", "x")]);
    publish(&out, &files).expect("publish");
    assert_eq!(tree(&out), expected(&files));
    kept.sort();
    assert_eq!(names(parent), kept);
    #[cfg(unix)]
    assert_eq!(
        fs::read_to_string(parent.join("target/precious")).expect("read"),
        "keep"
    );
}

/// A site big enough to be written by several threads.
fn big_site() -> Site {
    let mut files = Site::new();
    for locale in ["en-US", "ro-RO", "it-IT", "de-DE"] {
        for i in 0..50 {
            files.insert(
                format!("{locale}/article-{i:03}/index.html"),
                format!("<p>{locale} {i}</p>\n")
                    .repeat(i % 17 + 1)
                    .into_bytes(),
            );
        }
        files.insert(format!("{locale}/index.html"), locale.as_bytes().to_vec());
    }
    files.insert("assets/site.css".to_owned(), b"body{}".to_vec());
    files
}

#[test]
fn same_tree_whatever_the_thread_count() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let files = big_site();
    let mut trees = Vec::new();
    for threads in [1, 2, 8] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        let out = tmp.path().join(format!("out-{threads}"));
        let stats = pool.install(|| publish(&out, &files)).expect("publish");
        assert_eq!(stats.files, files.len());
        trees.push(tree(&out));
    }
    assert_eq!(trees[0], expected(&files));
    assert!(trees.iter().all(|t| *t == trees[0]));
}

#[test]
fn publishing_the_same_site_twice_gives_the_same_tree() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let files = big_site();
    publish(&out, &files).expect("first");
    let first = tree(&out);
    publish(&out, &files).expect("second");
    assert_eq!(tree(&out), first);
    assert_eq!(first, expected(&files));
}

#[test]
fn out_dir_that_is_a_file_is_refused() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    fs::write(&out, "not a folder").expect("write");
    match publish(&out, &site(&[("index.html", "x")])) {
        Err(WriteError::BadOutDir { path, .. }) => assert_eq!(path, out),
        other => panic!("{other:?}"),
    }
    assert_eq!(fs::read_to_string(&out).expect("read"), "not a folder");
    assert_eq!(names(tmp.path()), ["public"]);
}

#[cfg(unix)]
#[test]
fn out_dir_that_is_a_symlink_is_neither_replaced_nor_followed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let real = tmp.path().join("real");
    let old = old_site();
    publish(&real, &old).expect("publish");
    let out = tmp.path().join("public");
    std::os::unix::fs::symlink(&real, &out).expect("symlink");

    let err = publish(&out, &site(&[("index.html", "x")])).expect_err("refused");
    assert!(matches!(err, WriteError::BadOutDir { .. }), "{err:?}");
    assert!(err.to_string().contains("symbolic link"), "{err}");
    assert!(
        fs::symlink_metadata(&out)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert_eq!(tree(&real), expected(&old));
    assert_eq!(names(tmp.path()), ["public", "real"]);
}

#[test]
fn out_dirs_without_a_folder_name_are_refused() {
    let files = site(&[("index.html", "x")]);
    for out in ["", "/", ".", "..", "public/.."] {
        match publish(Path::new(out), &files) {
            Err(WriteError::BadOutDir { path, .. }) => assert_eq!(path, Path::new(out)),
            other => panic!("{out:?}: {other:?}"),
        }
    }
}

/// Two sites a killed child alternates between; every file differs, and each has files the other
/// lacks, so a mix of the two is visible.
#[cfg(target_os = "linux")]
fn alternating_site(which: usize) -> Site {
    let mut files = Site::new();
    for i in 0..400 {
        files.insert(
            format!("l{}/article-{i:03}/index.html", i % 4),
            format!("site {which} page {i}\n").repeat(50).into_bytes(),
        );
    }
    files.insert(format!("only-in-{which}.html"), vec![b'x'; 10]);
    files
}

const CHILD_ENV: &str = "LOCDOC_TEST_PUBLISH_FOREVER";

/// Not a test on its own: when run as a child of `a_killed_publish_leaves_a_whole_site`, publishes
/// the two alternating sites to the given folder until killed.
#[cfg(target_os = "linux")]
#[test]
fn publish_forever_child() {
    let Some(out) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let out = Path::new(&out);
    for i in 0.. {
        publish(out, &alternating_site(i % 2)).expect("child publish");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_killed_publish_leaves_a_whole_site() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("public");
    let sites = [alternating_site(0), alternating_site(1)];
    let whole = [expected(&sites[0]), expected(&sites[1])];
    publish(&out, &sites[0]).expect("publish");

    let mut interrupted = 0;
    for delay_ms in [30, 120, 300, 700] {
        let mut child = std::process::Command::new(std::env::current_exe().expect("exe"))
            .args([
                "--exact",
                "publish_forever_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &out)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        child.kill().expect("kill");
        child.wait().expect("wait");
        interrupted += usize::from(names(tmp.path()).len() > 1);
        let now = tree(&out);
        assert!(
            now == whole[0] || now == whole[1],
            "killed after {delay_ms} ms: the output is not one whole site"
        );
    }

    assert!(
        interrupted > 0,
        "no kill landed inside a publish; the test proves nothing"
    );

    let last = site(&[("index.html", "after")]);
    publish(&out, &last).expect("publish after kills");
    assert_eq!(tree(&out), expected(&last));
    assert_eq!(
        names(tmp.path()),
        ["public"],
        "leftovers of killed builds removed"
    );
}

#[test]
fn streamed_staging_publishes_links_and_discards() {
    use locdoc::write::Staging;
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("public");
    publish(&out, &old_site()).expect("first publish");
    let before = tree(&out);

    // Dropped before commit (a build that failed half-way): nothing changes, nothing is left.
    let staging = Staging::begin(&out).expect("begin");
    staging.write("index.html", b"half a site");
    drop(staging);
    assert_eq!(tree(&out), before);
    assert_eq!(names(dir.path()), ["public"]);

    // A refused path fails the commit, whichever files were written before or after it.
    let staging = Staging::begin(&out).expect("begin");
    staging.write("index.html", b"new home");
    staging.write("a/../../escape", b"x");
    staging.write("z.html", b"z");
    match staging.commit() {
        Err(WriteError::BadPath { path, .. }) => assert_eq!(path, "a/../../escape"),
        other => panic!("{other:?}"),
    }
    assert_eq!(tree(&out), before);
    assert_eq!(names(dir.path()), ["public"]);

    // Written and carried-over files (hard links to the old site's) make the new site; the old
    // site's copy of a carried file is removed with it, the new one stays.
    let staging = Staging::begin(&out).expect("begin");
    staging.write("index.html", b"new home");
    staging.link(
        "ro-RO/close-your-account/index.html",
        &out.join("ro-RO/close-your-account/index.html"),
    );
    let stats = staging.commit().expect("commit");
    assert_eq!(stats.files, 2);
    assert_eq!(
        tree(&out),
        expected(&site(&[
            ("index.html", "new home"),
            ("ro-RO/close-your-account/index.html", "vechi"),
        ]))
    );
    assert_eq!(names(dir.path()), ["public"]);
}
