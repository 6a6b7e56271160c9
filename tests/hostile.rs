//! Hostile input: every case runs the real binary on content generated in a temporary folder and
//! checks the exit code, the diagnostic (file:line:column), that nothing panicked, and that no file
//! appeared outside the project folder. Then `--out` safety, crash safety (SIGKILL at random
//! moments) and determinism over thread counts and file-system listing order.
//! The table of cases and outcomes is `tests/hostile/README.md`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::tree;

/// Exit codes (README, "exit code").
const OK: i32 = 0;
const PAGES_FAILED: i32 = 1;
const INPUT_FAILED: i32 = 2;

/// A well-formed segment with id number `n`.
fn seg(n: usize, target: &str, source: &str) -> String {
    format!(
        "<span data-ttu-id=\"e2d3a-{n}\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"e2d3a-{n}\">{source}</span></span>"
    )
}

/// A sandbox: `<tmp>/proj` is the project (`content/`, and `out/` for the site); `<tmp>` itself
/// must hold nothing else afterwards.
struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("proj/content")).expect("mkdir");
        Sandbox { dir }
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("proj")
    }

    fn out(&self) -> PathBuf {
        self.root().join("out")
    }

    fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.root().join("content").join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
    }

    /// Run locdoc in the sandbox (current folder `<tmp>`), with `--root <tmp>/proj`.
    fn run(&self, args: &[&str], envs: &[(&str, &str)]) -> Output {
        let root = self.root();
        let mut command = Command::new(env!("CARGO_BIN_EXE_locdoc"));
        command
            .args(args)
            .arg("--root")
            .arg(&root)
            .current_dir(self.dir.path());
        for (k, v) in envs {
            command.env(k, v);
        }
        let output = command.output().expect("run locdoc");
        self.assert_contained();
        let err = stderr(&output);
        assert!(!err.contains("panicked"), "panic:\n{err}");
        assert!(output.status.code().is_some(), "killed by a signal:\n{err}");
        output
    }

    fn build(&self) -> Output {
        let out = self.out();
        self.run(
            &["build", "--quiet", "--out", out.to_str().expect("utf-8")],
            &[],
        )
    }

    /// Nothing outside `<tmp>/proj`, nothing in `proj` but `content/` and `out/`, no link in the
    /// output, and every output file really inside it.
    fn assert_contained(&self) {
        let names = |dir: &Path| -> BTreeSet<String> {
            std::fs::read_dir(dir)
                .expect("read_dir")
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(names(self.dir.path()), BTreeSet::from(["proj".to_owned()]));
        let in_proj = names(&self.root());
        assert!(
            in_proj.iter().all(|n| n == "content" || n == "out"),
            "{in_proj:?}"
        );
        let out = self.out();
        if !out.exists() {
            return;
        }
        let real_out = out.canonicalize().expect("canonical out");
        for entry in walkdir::WalkDir::new(&out).follow_links(false) {
            let entry = entry.expect("walk");
            assert!(
                !entry.path_is_symlink(),
                "link in the output: {}",
                entry.path().display()
            );
            let real = entry.path().canonicalize().expect("canonical");
            assert!(real.starts_with(&real_out), "{}", real.display());
        }
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_exit(out: &Output, code: i32) {
    assert_eq!(out.status.code(), Some(code), "{}", stderr(out));
}

fn assert_says(out: &Output, needle: &str) {
    let err = stderr(out);
    assert!(err.contains(needle), "expected `{needle}` in:\n{err}");
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn invalid_utf8() {
    let s = Sandbox::new();
    s.write(
        "ro-RO/ok.md",
        format!("# T\n\n{}\n", seg(102, "Bună", "Hello")),
    );
    s.write("ro-RO/bad.md", b"# T\n\nab\xff\xfe\n");
    let out = s.build();
    assert_exit(&out, INPUT_FAILED);
    assert_says(&out, "ro-RO/bad.md:3:3: error[LD0002]");
    assert!(!s.out().exists(), "nothing is published");
    for command in [&["check"][..], &["export", "--format", "jsonl"]] {
        let out = s.run(command, &[]);
        assert_exit(&out, INPUT_FAILED);
        let both = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
        assert!(both.contains("bad.md:3:3"), "{both}");
        assert!(both.contains("LD0002"), "{both}");
    }
}

#[test]
fn byte_order_mark_and_crlf() {
    let s = Sandbox::new();
    let body = format!(
        "---\ntitle: Titlu\n---\n# T\n\n{}\n",
        seg(102, "Bună", "Hello")
    );
    s.write("ro-RO/bom.md", format!("\u{feff}{body}"));
    s.write("ro-RO/crlf.md", body.replace('\n', "\r\n"));
    s.write(
        "ro-RO/both.md",
        format!("\u{feff}{}", body.replace('\n', "\r\n")),
    );
    let out = s.build();
    assert_exit(&out, OK);
    assert_says(&out, "0 errors, 0 warnings");
    for page in ["bom", "crlf", "both"] {
        let html = read(&s.out(), &format!("ro-RO/{page}/index.html"));
        assert!(html.contains("<title>Titlu"), "{page}: front matter read");
        assert!(html.contains("id=\"seg-1\""), "{page}: segment found");
    }
}

/// A file saved with old Mac line ends (`\r` alone) or a mix: its front matter is front matter,
/// never page text, and `ROBOTS: NOINDEX` still reaches the page's `robots` meta tag; a
/// diagnostic points at the right line.
#[test]
fn carriage_return_line_ends_keep_the_front_matter_out_of_the_page() {
    let s = Sandbox::new();
    let seed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("content/ro-RO/close-your-account.md"),
    )
    .expect("seed");
    s.write("ro-RO/cr.md", seed.replace('\n', "\r"));
    let mixed: String = seed
        .split_inclusive('\n')
        .enumerate()
        .map(|(i, line)| match i % 3 {
            0 => line.replace('\n', "\r"),
            1 => line.replace('\n', "\r\n"),
            _ => line.to_owned(),
        })
        .collect();
    s.write("ro-RO/mixed.md", mixed);
    // A broken segment on line 4 of a CR-only file is reported on line 4.
    s.write(
        "ro-RO/broken.md",
        format!(
            "---\rtitle: T\r---\r{}<span data-ttu-id=\"e2d3a-9\">x\r",
            seg(8, "a", "b")
        ),
    );
    let out = s.build();
    assert_exit(&out, OK);
    for page in ["cr", "mixed"] {
        let html = read(&s.out(), &format!("ro-RO/{page}/index.html"));
        assert!(
            !html.contains("ms.author"),
            "{page}: front matter published as text"
        );
        assert!(
            html.contains(r#"<meta name="robots" content="NOINDEX, NOFOLLOW">"#),
            "{page}: the robots meta tag is gone"
        );
        assert!(html.contains("<title>Cum să vă închideți contul"), "{page}");
    }
    assert_says(&out, "ro-RO/broken.md:4:");
}

#[test]
fn ten_megabyte_single_line() {
    let s = Sandbox::new();
    let mut line = String::from("Înainte ");
    let mut n = 100;
    while line.len() < 10 * 1024 * 1024 {
        line.push_str(&seg(n, "Bună ziua.", "Hello."));
        line.push(' ');
        n += 1;
    }
    let column = line.chars().count() + 1;
    // An orphan target at the end: its diagnostic names a column ten million chars in.
    line.push_str("<span data-ttu-id=\"e2d3a-1\">orfan</span>");
    s.write("ro-RO/long.md", format!("# T\n\n{line}\n"));
    let started = Instant::now();
    let out = s.build();
    eprintln!("10 MB line: {:.1?}", started.elapsed());
    assert_exit(&out, OK);
    assert_says(&out, &format!("ro-RO/long.md:3:{column}: error[LD0102]"));
}

#[test]
fn hundred_thousand_nested_spans() {
    let s = Sandbox::new();
    let n = 100_000;
    let deep = format!("{}x{}", "<span>".repeat(n), "</span>".repeat(n));
    s.write(
        "ro-RO/nested.md",
        format!("# T\n\n{}\n", seg(102, &deep, "Hello")),
    );
    // Opened and never closed, inside a target.
    s.write(
        "ro-RO/unclosed.md",
        format!(
            "# T\n\n{}\n\n{}\n",
            seg(102, "Bună", "Hello"),
            seg(103, &"<span>".repeat(n), "World")
        ),
    );
    // And outside any segment.
    s.write(
        "ro-RO/loose.md",
        format!("# T\n\n{}y\n", "<span>".repeat(n)),
    );
    let started = Instant::now();
    let out = s.build();
    eprintln!("nested spans: {:.1?}", started.elapsed());
    assert_exit(&out, OK);
    assert_says(&out, "ro-RO/unclosed.md:5:");
    let html = read(&s.out(), "ro-RO/nested/index.html");
    assert!(html.contains("id=\"seg-1\""));
}

#[test]
fn unclosed_front_matter() {
    let s = Sandbox::new();
    s.write(
        "ro-RO/a.md",
        format!("---\ntitle: T\n# T\n\n{}\n", seg(102, "Bună", "Hello")),
    );
    let out = s.build();
    assert_exit(&out, OK);
    assert_says(&out, "ro-RO/a.md:1:1: error[LD0202]");
}

#[test]
fn yaml_alias_bomb_and_duplicate_keys() {
    let s = Sandbox::new();
    let mut yaml = String::from(
        "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for i in 1..10u8 {
        let (p, q) = (char::from(b'a' + i - 1), char::from(b'a' + i));
        let refs = vec![format!("*{p}"); 9].join(",");
        yaml.push_str(&format!("{q}: &{q} [{refs}]\n"));
    }
    yaml.push_str("title: T\n---\n# T\n");
    s.write("ro-RO/bomb.md", yaml);
    s.write("ro-RO/dup.md", "---\ntitle: T\ntitle: U\n---\n# T\n");
    let started = Instant::now();
    let out = s.build();
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "alias bomb expanded"
    );
    assert_exit(&out, OK);
    assert_says(&out, "ro-RO/bomb.md:2:1: error[LD0201]");
    assert_says(&out, "repetition limit exceeded");
    assert_says(&out, "ro-RO/dup.md:2:1: error[LD0201]");
    assert_says(&out, "duplicate entry with key \"title\"");
}

#[test]
fn binary_files_named_md() {
    let s = Sandbox::new();
    s.write("ro-RO/ok.md", "# T\n");
    // A PNG header: not UTF-8.
    s.write("ro-RO/image.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    // Valid UTF-8 but binary: NUL bytes.
    s.write("ro-RO/zeros.md", b"# T\n\nab\0\x01\x02\0\n");
    let out = s.build();
    assert_exit(&out, INPUT_FAILED);
    assert_says(&out, "ro-RO/image.md:1:1: error[LD0002]");
    assert_says(&out, "ro-RO/zeros.md:3:3: error[LD0005]");
    assert!(!s.out().exists());
}

#[cfg(unix)]
#[test]
fn link_loop_and_link_out_of_the_root() {
    let s = Sandbox::new();
    s.write("ro-RO/a.md", "# T\n");
    let content = s.root().join("content");
    let link = |target: &str, at: &str| {
        std::os::unix::fs::symlink(target, content.join(at)).expect("symlink");
    };
    link("loop2.md", "ro-RO/loop1.md");
    link("loop1.md", "ro-RO/loop2.md");
    link("/etc/passwd", "ro-RO/passwd.md");
    link("/etc", "ro-RO/etc");
    link("/etc", "it-IT");
    link("..", "ro-RO/up");
    let out = s.build();
    assert_exit(&out, OK);
    assert_says(
        &out,
        "ro-RO/loop1.md:1:1: warning[LD0004]: symbolic link to a file that cannot be resolved",
    );
    assert_says(&out, "ro-RO/passwd.md:1:1: warning[LD0004]");
    assert_says(&out, "ro-RO/etc:1:1: warning[LD0004]");
    assert_says(&out, "it-IT:1:1: warning[LD0004]");
    for (path, bytes) in tree(&s.out()) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("root:x:0"),
            "{path} holds /etc/passwd"
        );
    }
}

#[test]
fn locale_folders_that_are_not_locales() {
    let s = Sandbox::new();
    s.write("ro-RO/a.md", "# T\n");
    for folder in ["x", "en_us", "CON"] {
        s.write(&format!("{folder}/a.md"), "# T\n");
    }
    let out = s.build();
    assert_exit(&out, INPUT_FAILED);
    for folder in ["x", "en_us", "CON"] {
        assert_says(&out, &format!("content/{folder}:1:1: error[LD0003]"));
    }
    assert!(!s.out().exists());
    // `..` cannot be a folder name; as a locale filter it is refused (no content there), and
    // nothing is built.
    let s = Sandbox::new();
    s.write("ro-RO/a.md", "# T\n");
    let out_dir = s.out();
    let out = s.run(
        &[
            "build",
            "--quiet",
            "--locale",
            "..",
            "--out",
            out_dir.to_str().expect("utf-8"),
        ],
        &[],
    );
    assert_exit(&out, INPUT_FAILED);
    assert_says(&out, "no content in locale(s) `..`; the content has: ro-RO");
    assert!(!out_dir.exists());
}

#[test]
fn locale_folders_that_collide_or_name_no_language() {
    let s = Sandbox::new();
    s.write("ro-RO/a.md", "# T\n");
    s.write("ro-ro/a.md", "# T\n");
    s.write("x-pseudo/a.md", "# T\n");
    s.write("i-default/a.md", "# T\n");
    let out = s.build();
    assert_exit(&out, INPUT_FAILED);
    // The two source folders are named, not a staging path.
    assert_says(
        &out,
        "content/ro-ro:1:1: error[LD0003]: folders `ro-RO` and `ro-ro` are both the locale ro-RO",
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("staging"));
    assert_says(
        &out,
        "content/x-pseudo:1:1: error[LD0003]: folder `x-pseudo` is a private-use tag",
    );
    assert_says(&out, "e.g. `qps-ploc` for a pseudo-locale");
    assert_says(
        &out,
        "content/i-default:1:1: error[LD0003]: folder `i-default` is a grandfathered",
    );
    assert!(!s.out().exists());
    // check reports the collision too.
    let checked = s.run(&["check", "--format", "json"], &[]);
    let json = String::from_utf8_lossy(&checked.stdout);
    assert!(
        json.lines()
            .any(|l| l.contains("\"LD0003\"") && l.contains("ro-ro")),
        "{json}"
    );
}

#[test]
fn a_hundred_thousand_character_word_is_flagged() {
    let s = Sandbox::new();
    let word = "a".repeat(100_000);
    s.write(
        "ro-RO/long.md",
        format!("---\ntitle: {word}\n---\n# {}\n", seg(102, &word, "Hello")),
    );
    let checked = s.run(&["check"], &[]);
    let out = String::from_utf8_lossy(&checked.stdout);
    assert!(
        out.contains("warning[LD0513]: the title has a word of 100000 characters")
            && out.contains("ro-RO/long.md:2:1"),
        "{}",
        &out[..out.len().min(2000)]
    );
    assert!(out.contains("warning[LD0513]: a word of 100000 characters"));
}

#[test]
fn a_read_only_output_folder_stays_read_only_and_leaves_nothing_behind() {
    use std::os::unix::fs::PermissionsExt;
    let s = Sandbox::new();
    s.write("ro-RO/a.md", "# T\n");
    assert_exit(&s.build(), OK);
    let out = s.out();
    let read_only = |path: &Path| {
        let mut permissions = std::fs::metadata(path).expect("metadata").permissions();
        permissions.set_mode(0o555);
        std::fs::set_permissions(path, permissions).expect("chmod");
    };
    read_only(&out);
    read_only(&out.join("ro-RO"));
    s.write("ro-RO/a.md", "# T2\n");
    assert_exit(&s.build(), OK);
    let mode = std::fs::metadata(&out)
        .expect("metadata")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o555, "the output folder keeps its mode");
    assert!(read(&out, "ro-RO/a/index.html").contains("T2"));
    let parent = out.parent().expect("parent");
    let leftovers: Vec<_> = std::fs::read_dir(parent)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("locdoc-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // The sandbox must be removable again.
    let mut permissions = std::fs::metadata(&out).expect("metadata").permissions();
    permissions.set_mode(0o755);
    std::fs::set_permissions(&out, permissions).expect("chmod");
}

#[test]
fn includes_and_links_that_climb_out_of_the_root() {
    let s = Sandbox::new();
    s.write(
        "ro-RO/a.md",
        "# T\n\n[!INCLUDE [p](../../../etc/passwd)]\n\n[!INCLUDE [p](/etc/passwd)]\n\n[!INCLUDE [b](b.md)]\n\n[x](../../../etc/passwd) ![i](../../../../etc/passwd)\n",
    );
    s.write("ro-RO/b.md", "# B\n\n[!INCLUDE [a](a.md)]\n");
    let out = s.build();
    assert_exit(&out, OK);
    assert_says(
        &out,
        "ro-RO/a.md:3:1: error[LD0401]: include `../../../etc/passwd` points outside the content root",
    );
    assert_says(&out, "ro-RO/a.md:5:1: error[LD0401]");
    assert_says(&out, "(loop)");
    for (path, bytes) in tree(&s.out()) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("root:x:0"),
            "{path} holds /etc/passwd"
        );
    }
}

const PAYLOADS: &[&str] = &[
    "<script>alert('x1')</script>",
    "<img src=x onerror=\"alert('x2')\">",
    "<a href=\"javascript:alert('x3')\">j</a>",
    "[md](javascript:alert('x4'))",
    "<iframe src=\"https://evil.example/\"></iframe>",
    "<svg><script>alert('x5')</script></svg>",
    "<svg onload=\"alert('x6')\"><circle/></svg>",
    "<object data=\"x.swf\"></object><embed src=\"x\">",
    "</span><script>alert('x7')</script><span>",
];

#[test]
fn html_and_script_payloads_everywhere() {
    let s = Sandbox::new();
    let all = PAYLOADS.join(" ");
    let yaml_all = all.replace('\\', "\\\\").replace('"', "\\\"");
    let mut body = format!(
        "---\ntitle: \"{yaml_all}\"\ndescription: \"{yaml_all}\"\nms.translationtype: MT\n---\n# {}\n\n",
        seg(101, &all, &all)
    );
    for (i, payload) in PAYLOADS.iter().enumerate() {
        body.push_str(&seg(102 + i, payload, "Safe source."));
        body.push_str("\n\n");
        body.push_str(&seg(202 + i, "Țintă sigură.", payload));
        body.push_str("\n\n");
    }
    s.write("ro-RO/xss.md", &body);
    s.write("it-IT/xss.md", &body);
    let out = s.build();
    assert_exit(&out, OK);
    let site = tree(&s.out());
    let mut pages = 0;
    for (path, bytes) in &site {
        let text = String::from_utf8_lossy(bytes);
        if !path.ends_with(".html") {
            continue;
        }
        pages += 1;
        let html = scraper::Html::parse_document(&text);
        let all = scraper::Selector::parse("*").expect("selector");
        for element in html.select(&all) {
            let name = element.value().name();
            assert!(
                !matches!(name, "iframe" | "svg" | "object" | "embed"),
                "{path}: <{name}>"
            );
            if name == "script" {
                let code: String = element.text().collect();
                assert!(!code.contains("alert("), "{path}: {code}");
            }
            for (attr, value) in element.value().attrs() {
                assert!(!attr.starts_with("on"), "{path}: {attr}={value}");
                let value = value.trim().to_ascii_lowercase();
                assert!(!value.starts_with("javascript:"), "{path}: {attr}={value}");
            }
        }
    }
    assert!(pages >= 4, "{pages} pages");
    // The same content through check and every export format: no panic, output stays data.
    for args in [
        &["check", "--format", "sarif"][..],
        &["export", "--format", "xliff", "--locale", "ro-RO"],
        &["export", "--format", "tmx"],
    ] {
        let out = s.run(args, &[]);
        assert!(out.status.code().is_some_and(|c| c <= 1), "{args:?}");
    }
}

#[test]
fn template_syntax_in_content_is_text() {
    let s = Sandbox::new();
    s.write(
        "ro-RO/tera.md",
        format!(
            "---\ntitle: \"{{{{ 7 * 7 }}}} {{% raw %}}\"\ndescription: \"{{% include \\\"base.html\\\" %}}\"\n---\n# {{{{ 7*7 }}}}\n\n{{% for x in [1,2] %}}X{{% endfor %}} {{# c #}}\n\n{}\n",
            seg(102, "{{ config }} {{ 6 * 7 }}", "{% if true %}Hello")
        ),
    );
    let out = s.build();
    assert_exit(&out, OK);
    let html = read(&s.out(), "ro-RO/tera/index.html");
    // Asset names carry content hashes, which may hold any digits: look at the text only.
    let page = scraper::Html::parse_document(&html);
    let text: String = page.root_element().text().collect();
    assert!(!text.contains("49") && !text.contains("42"), "evaluated");
    assert!(html.contains("{{ 7 * 7 }}"), "title as text");
    assert!(html.contains("{% for x in [1,2] %}"), "body as text");
    assert!(html.contains("{{ config }}"), "target as text");
}

#[test]
fn hundred_megabyte_article() {
    let s = Sandbox::new();
    let prose = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(70);
    let mut text = String::from("---\ntitle: Mare\n---\n# Mare\n\n");
    let mut n = 100;
    while text.len() < 100 * 1024 * 1024 {
        text.push_str(&seg(n, "Bună ziua.", "Hello."));
        text.push(' ');
        text.push_str(&prose);
        text.push_str("\n\n");
        n += 1;
    }
    let line = text.matches('\n').count() + 1;
    text.push_str(
        "<span class=\"sxs-lookup\"><span data-stu-id=\"e2d3a-1\">orphan</span></span>\n",
    );
    s.write("ro-RO/big.md", text);
    let started = Instant::now();
    let out = s.build();
    eprintln!("100 MB article: {:.1?}", started.elapsed());
    assert_exit(&out, OK);
    assert_says(&out, &format!("ro-RO/big.md:{line}:1: error[LD0103]"));
    assert!(s.out().join("ro-RO/big/index.html").is_file());
}

#[test]
fn ten_thousand_files_in_one_folder() {
    let s = Sandbox::new();
    for i in 0..10_000 {
        s.write(
            &format!("ro-RO/many/a{i:05}.md"),
            format!(
                "---\ntitle: T{i}\n---\n# T\n\n{}\n",
                seg(100 + i % 7, "Bună.", "Hello.")
            ),
        );
    }
    s.write("ro-RO/many/a09999.md", "---\ntitle: [\n---\n# T\n");
    let started = Instant::now();
    let out = s.build();
    eprintln!("10,000 files: {:.1?}", started.elapsed());
    assert_exit(&out, OK);
    assert_says(&out, "ro-RO/many/a09999.md:3:1: error[LD0201]");
    assert!(s.out().join("ro-RO/many/a00000/index.html").is_file());
    assert!(s.out().join("ro-RO/many/a09998/index.html").is_file());
}

#[test]
fn a_page_that_cannot_render_fails_the_build() {
    let s = Sandbox::new();
    s.write("ro-RO/a.md", "# T\n");
    let templates = s.root().join("templates");
    std::fs::create_dir_all(&templates).expect("mkdir");
    std::fs::write(
        templates.join("article.html"),
        "{% extends \"base.html\" %}{% block main %}{{ page.nope.nope }}{% endblock main %}",
    )
    .expect("write");
    let out = s.root().join("out");
    let result = Command::new(env!("CARGO_BIN_EXE_locdoc"))
        .args(["build", "--quiet", "--root"])
        .arg(s.root())
        .arg("--out")
        .arg(&out)
        .current_dir(s.dir.path())
        .output()
        .expect("run");
    assert_exit(&result, PAGES_FAILED);
    assert!(!stderr(&result).contains("panicked"));
    assert!(!out.exists());
}

#[test]
fn unsafe_output_folders_are_refused() {
    let s = Sandbox::new();
    s.write("ro-RO/a.md", "# T\n");
    let root = s.root();
    let home = s.dir.path().join("proj/content/ro-RO");
    let before = tree(&root);
    let cases: Vec<(PathBuf, &str)> = vec![
        (root.clone(), "is the project root"),
        (root.join("content"), "is the content root"),
        (root.join("content/../content/."), "is the content root"),
        (root.join("content/ro-RO/.."), "is the content root"),
        (s.dir.path().to_path_buf(), "contains the content root"),
        (PathBuf::from("/"), "file system root"),
        (home.clone(), "is the home folder"),
    ];
    for (out_dir, why) in cases {
        let out = s.run(
            &[
                "build",
                "--quiet",
                "--out",
                out_dir.to_str().expect("utf-8"),
            ],
            &[("HOME", home.to_str().expect("utf-8"))],
        );
        assert_exit(&out, INPUT_FAILED);
        assert_says(&out, "refusing to build into");
        assert_says(&out, why);
        assert_eq!(tree(&root), before, "{}", out_dir.display());
    }
    // The current folder (and a folder holding it), given relatively.
    for (cwd, out_dir) in [("proj/content/ro-RO", "."), ("proj/content/ro-RO", "..")] {
        let result = Command::new(env!("CARGO_BIN_EXE_locdoc"))
            .args(["build", "--quiet", "--content"])
            .arg(root.join("content"))
            .args(["--root", "/nonexistent-root-for-test", "--out", out_dir])
            .current_dir(s.dir.path().join(cwd))
            .output()
            .expect("run");
        assert_exit(&result, INPUT_FAILED);
        assert_says(&result, "refusing to build into");
        assert_eq!(tree(&root), before);
    }
    // A dedicated folder is fine.
    assert_exit(&s.build(), OK);
}

/// xorshift64: reproducible "random" delays without a dependency.
fn xorshift(mut x: u64) -> u64 {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    x
}

/// A medium site: 300 articles in two locales; `version` changes every page.
fn write_site(s: &Sandbox, version: usize) {
    for i in 0..150 {
        for locale in ["ro-RO", "it-IT"] {
            let mut body = format!("---\ntitle: Articol {i} v{version}\n---\n# T\n\n");
            for k in 0..10 {
                body.push_str(&seg(
                    100 + k,
                    &format!("Propoziția {k} din {i}, versiunea {version}."),
                    &format!("Sentence {k} of {i}."),
                ));
                body.push_str("\n\n");
            }
            s.write(&format!("{locale}/folder{}/a{i}.md", i % 10), body);
        }
    }
}

#[cfg(unix)]
#[test]
fn killed_builds_leave_the_old_or_the_new_site() {
    let s = Sandbox::new();
    let out = s.out();
    let build_into = |dir: &Path| {
        let result = Command::new(env!("CARGO_BIN_EXE_locdoc"))
            .args(["build", "--quiet", "--root"])
            .arg(s.root())
            .arg("--out")
            .arg(dir)
            .current_dir(s.dir.path())
            .output()
            .expect("run");
        assert_exit(&result, OK);
    };
    let reference = tempfile::tempdir().expect("tempdir");
    write_site(&s, 0);
    build_into(&out);
    let mut old = tree(&out);
    let (mut seed, mut killed_early, mut killed_late) = (0x9e37_79b9_7f4a_7c15_u64, 0, 0);
    for round in 1..=20 {
        write_site(&s, round);
        let new_dir = reference.path().join(format!("v{round}"));
        let timed = Instant::now();
        build_into(&new_dir);
        // The delay spans this round's build time, measured under the same load as the kill.
        let span = u64::try_from(timed.elapsed().as_millis())
            .unwrap_or(1000)
            .max(1);
        let new = tree(&new_dir);
        assert_ne!(old, new);
        seed = xorshift(seed ^ round as u64);
        let delay = seed % (span + span / 4);
        let mut child = Command::new(env!("CARGO_BIN_EXE_locdoc"))
            .args(["build", "--quiet", "--root"])
            .arg(s.root())
            .arg("--out")
            .arg(&out)
            .current_dir(s.dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_millis(delay));
        // SIGKILL on Unix; fails only when the build already finished.
        let _ = child.kill();
        let status = child.wait().expect("wait");
        let now = tree(&out);
        if now == old {
            killed_early += 1;
        } else if now == new {
            killed_late += 1;
        } else {
            panic!(
                "round {round} (killed after {delay} ms, {status:?}): the output folder is neither the old nor the new site"
            );
        }
        build_into(&out);
        assert!(tree(&out) == new, "round {round}: rebuild");
        let leftovers: Vec<String> = std::fs::read_dir(s.root())
            .expect("read")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".locdoc-"))
            .collect();
        assert!(leftovers.is_empty(), "round {round}: {leftovers:?}");
        old = new;
    }
    eprintln!("killed before the swap {killed_early} times, after {killed_late} times");
    assert!(killed_early > 0, "no kill landed during a build");
}

/// The same site written in a given order of files and folders.
fn write_in_order(s: &Sandbox, files: &[(String, String)]) {
    for (rel, text) in files {
        s.write(rel, text);
    }
}

#[test]
fn output_is_identical_whatever_the_threads_and_listing_order() {
    let mut files = Vec::new();
    for i in 0..60 {
        for locale in ["ro-RO", "it-IT", "ja-JP"] {
            let body = format!(
                "---\ntitle: T{i}\nms.lasthandoff: 03/25/2020\n---\n# T\n\n{}\n\n{}\n\n![i](img{}.png)\n",
                seg(101, &format!("Unu {i}."), &format!("One {i}.")),
                seg(102 + i % 3, &format!("Doi {i}."), &format!("Two {i}.")),
                i % 4
            );
            files.push((format!("{locale}/d{}/e{}/a{i}.md", i % 5, i % 3), body));
        }
    }
    for locale in ["ro-RO", "it-IT"] {
        for k in 0..4 {
            files.push((format!("{locale}/d0/img{k}.png"), format!("png {k}")));
        }
    }
    let forward = Sandbox::new();
    write_in_order(&forward, &files);
    let backward = Sandbox::new();
    let mut reversed = files.clone();
    reversed.reverse();
    // Folders created in another order too (deepest, last ones first).
    reversed.sort_by(|a, b| b.0.rsplit('/').nth(1).cmp(&a.0.rsplit('/').nth(1)));
    write_in_order(&backward, &reversed);
    let mut trees = Vec::new();
    for s in [&forward, &backward] {
        for threads in ["1", "2", "2"] {
            let out = s.out();
            let result = s.run(
                &["build", "--quiet", "--out", out.to_str().expect("utf-8")],
                &[("RAYON_NUM_THREADS", threads)],
            );
            assert_exit(&result, OK);
            trees.push(tree(&out));
        }
    }
    assert!(trees[0].len() > 180, "{}", trees[0].len());
    for (i, t) in trees.iter().enumerate() {
        assert!(*t == trees[0], "build {i} differs from build 0");
    }
}

/// 120 locales of two articles. Listing every locale on every page (menu and `hreflang` links)
/// made output grow with the square of the locale count; past `render::INLINE_LOCALES` each page
/// links to its article's one language page instead, so a page's size does not depend on how
/// many locales there are, and the language page lists them all.
#[test]
fn many_locales_keep_each_page_bounded() {
    const LOCALES: usize = 120;
    const { assert!(LOCALES > locdoc::render::INLINE_LOCALES) };
    let s = Sandbox::new();
    // Registered regions (a locale folder must name registered subtags), a third right to left.
    let regions = [
        "AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE",
        "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD",
        "CF", "CG", "CH", "CI", "CL", "CM", "CN", "CO", "CR", "CU",
    ];
    let tags: Vec<String> = ["ro", "ar", "ja"]
        .iter()
        .flat_map(|language| {
            regions
                .iter()
                .map(move |region| format!("{language}-{region}"))
        })
        .collect();
    assert_eq!(tags.len(), LOCALES);
    for tag in &tags {
        for article in ["a", "b"] {
            s.write(
                &format!("{tag}/{article}.md"),
                format!(
                    "---\ntitle: T\nms.lasthandoff: 03/25/2020\n---\n# T\n\n{}\n",
                    seg(102, "Bună ziua.", "Hello.")
                ),
            );
        }
    }
    let out = s.build();
    assert_exit(&out, OK);
    // With every locale listed, a page of this article was 19.6 KB; bounded, it is under 2 KB.
    const MAX_PAGE: u64 = 8 * 1024;
    let mut largest = 0;
    for tag in tags.iter().map(String::as_str).chain(["en-US"]) {
        for article in ["a", "b"] {
            let rel = format!("{tag}/{article}/index.html");
            let size = std::fs::metadata(s.out().join(&rel))
                .unwrap_or_else(|e| panic!("{rel}: {e}"))
                .len();
            largest = largest.max(size);
        }
    }
    eprintln!("{LOCALES} locales: largest article page {largest} bytes");
    assert!(largest < MAX_PAGE, "a page of {largest} bytes");

    let page = read(&s.out(), "ar-BH/a/index.html");
    assert!(
        page.contains(r#"<a class="lang-menu-button" href="../../_languages/a/""#),
        "{page}"
    );
    assert_eq!(
        page.matches("hreflang=").count(),
        2,
        "its own and x-default"
    );
    assert!(!page.contains("<details class=\"lang-menu\""));

    // One language page per article lists every locale's page, by its own name.
    for article in ["a", "b"] {
        let languages = read(&s.out(), &format!("_languages/{article}/index.html"));
        for tag in tags.iter().map(String::as_str).chain(["en-US"]) {
            let link = format!(r#"<a href="../../{tag}/{article}/" hreflang="{tag}" lang="{tag}""#);
            assert!(languages.contains(&link), "{tag} missing:\n{languages}");
        }
        assert_eq!(languages.matches("<li><a ").count(), LOCALES + 1);
    }
    // The sitemap names every page once, each with its own hreflang: linear too.
    let sitemap = read(&s.out(), "sitemap.xml");
    assert_eq!(sitemap.matches("<url>").count(), 2 * (LOCALES + 1));
    assert_eq!(sitemap.matches("hreflang=").count(), 2 * (LOCALES + 1));
}
