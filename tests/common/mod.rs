//! Shared by the integration tests.

#[allow(dead_code, reason = "only the browser tests drive Chromium")]
pub mod chromium;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `../shared/corpus`, or `None` with a printed notice when it is absent (a fresh clone must
/// still pass `cargo test`).
#[allow(dead_code, reason = "not every test file reads the corpus")]
pub fn corpus() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if path.is_dir() {
        Some(path)
    } else {
        eprintln!("skipping: ../shared/corpus not found");
        None
    }
}

/// The content roots of `../shared/corpus` (its README lists them).
#[allow(dead_code, reason = "not every test file reads the corpus")]
pub const CORPUS_ROOTS: [&str; 6] = [
    "seeds",
    "alchemy",
    "alchemy-plain",
    "m365",
    "m365-plain",
    "skype",
];

/// Every file of a tree, by relative path, to compare whole outputs byte for byte.
#[allow(dead_code, reason = "not every test file compares trees")]
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).expect("read"))
        })
        .collect()
}

/// A content tree of 24 seed copies (it-IT and ro-RO, 12 articles in 3 folders) under
/// `root/content`: enough articles to split into shards or edit one of, without the corpus.
#[allow(dead_code, reason = "only the shard and incremental tests build it")]
pub fn seed_copies(root: &Path) -> PathBuf {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let content = root.join("content");
    for locale in ["it-IT", "ro-RO"] {
        let text = std::fs::read_to_string(seeds.join(locale).join("close-your-account.md"))
            .expect("read seed");
        for i in 0..12 {
            let path = content.join(locale).join(format!("part{}/a{i}.md", i % 3));
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, &text).expect("write");
        }
    }
    content
}

/// Run the `locdoc` binary in the repository folder with `args`.
#[allow(dead_code, reason = "not every test file runs the binary")]
pub fn locdoc(args: &[&str]) -> std::process::Output {
    locdoc_with_env(args, &[])
}

/// Run `locdoc build` on the project at `root` into `<root>/public`: what it said, and where the
/// site is.
#[allow(dead_code, reason = "not every test file builds a project")]
pub fn build_into_public(root: &Path) -> (std::process::Output, PathBuf) {
    let out = root.join("public");
    let output = locdoc(&[
        "build",
        "--root",
        root.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    (output, out)
}

/// [`locdoc`] with extra environment variables.
#[allow(dead_code, reason = "not every test file runs the binary")]
pub fn locdoc_with_env(args: &[&str], envs: &[(&str, &str)]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_locdoc"));
    command.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    for (k, v) in envs {
        command.env(k, v);
    }
    command.output().expect("run locdoc")
}

/// A project with every default (no `locdoc.toml`, embedded templates and strings).
#[allow(dead_code, reason = "only the library-level tests load a project")]
pub fn default_project() -> locdoc::project::Project {
    locdoc::project::Project::load(Path::new("/nonexistent-locdoc-root"), None)
        .expect("the defaults load")
}

/// What one run of the pipeline made: its survey, and the render pass's counts and files.
#[allow(dead_code, reason = "only the library-level tests run the pipeline")]
pub struct Site {
    pub survey: locdoc::pipeline::Survey,
    pub rendered: locdoc::render::Rendered,
    pub files: BTreeMap<String, Vec<u8>>,
}

/// Survey (with the check, as `build` does) and render the whole of `files` from `source` into
/// memory, through the one pipeline.
#[allow(dead_code, reason = "only the library-level tests run the pipeline")]
pub fn site_of(
    project: &locdoc::project::Project,
    files: &[locdoc::SourceFile],
    source: locdoc::pipeline::Source<'_>,
    tree_diagnostics: Vec<locdoc::Diagnostic>,
) -> Site {
    use locdoc::pipeline::{self, Purpose};
    let check = project.check_input();
    let survey = pipeline::survey(
        files,
        source,
        tree_diagnostics,
        &Purpose {
            config: &project.config,
            check: project.config.align_report.then_some(&check),
            site: true,
        },
        &pipeline::all,
    );
    let (rendered, files) = render_of(project, files, &survey, source);
    Site {
        survey,
        rendered,
        files,
    }
}

/// The render pass of the whole site over `survey`, into memory.
#[allow(dead_code, reason = "only the library-level tests run the pipeline")]
pub fn render_of(
    project: &locdoc::project::Project,
    files: &[locdoc::SourceFile],
    survey: &locdoc::pipeline::Survey,
    source: locdoc::pipeline::Source<'_>,
) -> (locdoc::render::Rendered, BTreeMap<String, Vec<u8>>) {
    use locdoc::pipeline::{self, Look, Scope};
    let memory = locdoc::render::Memory::default();
    let rendered = pipeline::render_site(
        files,
        survey,
        source,
        &Look {
            config: &project.config,
            templates: &project.templates().expect("the default templates compile"),
            l10n: &project.l10n,
            docsets: &locdoc::docset::Docsets::default(),
        },
        &Scope::everything(),
        &locdoc::render::Progress::none(),
        &memory,
    );
    (rendered, memory.into_files())
}

/// A file of the npm package `spec` (`name@version`), installed with npm into the tests' cache
/// folder `dir` the first time; `None` with a notice where npm is missing or cannot fetch it
/// (offline), so the tests that need it skip that part.
#[allow(dead_code, reason = "only the tests that run npm tools use it")]
pub fn npm_file(dir: &str, spec: &str, file: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(dir);
    let path = dir.join("node_modules").join(file);
    if !path.is_file() {
        let installed = std::process::Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--silent", "--prefix"])
            .arg(&dir)
            .arg(spec)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
        if !installed.is_ok_and(|s| s.success()) || !path.is_file() {
            eprintln!("skipping: npm could not install {spec}");
            return None;
        }
    }
    Some(path)
}

/// Copy every file of the tree `from` into `to` (folders created as needed), so a test can
/// change a content tree without touching the shared corpus.
#[allow(dead_code, reason = "only the tests that edit content copy trees")]
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = entry.path().strip_prefix(from).expect("inside");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else if entry.file_type().is_file() {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// One side-by-side segment: the target span and its English source.
#[allow(dead_code, reason = "not every test file writes sxs fixtures")]
pub fn sxs_segment(prefix: &str, n: u32, target: &str, source: &str) -> String {
    format!(
        r#"<span data-ttu-id="{prefix}-{n}">{target}</span><span class="sxs-lookup"><span data-stu-id="{prefix}-{n}">{source}</span></span>"#
    )
}

/// Write `text` to `root/rel`, making its folders.
#[allow(dead_code, reason = "not every test file writes fixtures")]
pub fn write_file(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}
