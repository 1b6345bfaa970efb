//! Two `server serve` processes on one PostgreSQL database behind nginx (Debian's package,
//! started here on loopback with its own configuration in a temporary directory, no system
//! service), as the README describes for N replicas: forms and reports go through either;
//! a form token or a proof of work spent on one is refused by the other; a rate budget is one
//! for both; a console session opened on one works on the other.

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reqwest::multipart::Form;
use reqwest::StatusCode;

use crate::console::{enrolled, get_with, login};
use crate::helpers::spawn_server_with;
use crate::instance::*;
use crate::intake::*;
use crate::resilience::outage::{api_submission, post_api_at};

const NGINX: &str = "/usr/sbin/nginx";

/// nginx in the foreground with a configuration of its own; stopped on drop.
struct Nginx {
    child: Child,
    base: String,
    _dir: tempfile::TempDir,
}

impl Drop for Nginx {
    /// SIGTERM: the master stops its workers and exits (SIGKILL would leave the workers).
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .map(|v| v.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

fn start_nginx(upstreams: &[&str]) -> Nginx {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let d = dir.path().display();
    let servers: String = upstreams
        .iter()
        .map(|u| format!("        server {};\n", u.trim_start_matches("http://")))
        .collect();
    // As root, workers would run as nobody and could not use the temporary directory.
    let user = if running_as_root() {
        "user root;\n"
    } else {
        ""
    };
    let conf = format!(
        "{user}daemon off;\nworker_processes 1;\npid {d}/nginx.pid;\nerror_log {d}/error.log warn;\n\
         events {{ worker_connections 256; }}\n\
         http {{\n    access_log off;\n    client_body_temp_path {d}/body;\n    \
         proxy_temp_path {d}/proxy;\n    fastcgi_temp_path {d}/fastcgi;\n    \
         uwsgi_temp_path {d}/uwsgi;\n    scgi_temp_path {d}/scgi;\n    \
         upstream tsr_app {{\n{servers}    }}\n    \
         server {{\n        listen 127.0.0.1:{port};\n        client_max_body_size 20m;\n        \
         proxy_request_buffering off;\n        proxy_http_version 1.1;\n        \
         proxy_set_header Connection \"\";\n        proxy_set_header Host $host;\n        \
         location / {{ proxy_pass http://tsr_app; }}\n    }}\n}}\n"
    );
    let path = dir.path().join("nginx.conf");
    std::fs::File::create(&path)
        .unwrap()
        .write_all(conf.as_bytes())
        .unwrap();
    let child = Command::new(NGINX)
        .arg("-p")
        .arg(dir.path())
        .arg("-c")
        .arg(&path)
        .arg("-e")
        .arg(dir.path().join("error.log"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nginx starts");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "nginx did not listen: {}",
            std::fs::read_to_string(dir.path().join("error.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Nginx {
        child,
        base: format!("http://127.0.0.1:{port}"),
        _dir: dir,
    }
}

/// Whether the test can run: under `CI=true` a missing nginx fails it.
fn nginx_available() -> bool {
    if Path::new(NGINX).exists() {
        return true;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but {NGINX} is missing (.ci/run installs Debian's nginx)");
    }
    eprintln!("SKIPPED: {NGINX} not installed; set CI=true to make this fail");
    false
}

async fn post_form(base: &str, token: &str) -> StatusCode {
    let form = good_fields()
        .into_iter()
        .fold(Form::new().text("csrf", token.to_string()), |f, (k, v)| {
            f.text(k, v)
        });
    client()
        .post(format!("{base}/report?lang=en"))
        .multipart(form)
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_on_postgresql_behind_nginx_share_their_state() {
    if !nginx_available() {
        return;
    }
    let env = [("POW_BITS", "4"), ("INTAKE_RATE_PER_SEC", "1")];
    // `Instance::postgres_process` is `None` only outside CI without PostgreSQL.
    let Some(mut inst) = Instance::postgres_process(&env) else {
        return;
    };
    let replica_b = spawn_server_with(
        &inst.db_url,
        &inst.keys,
        &[
            ("POW_BITS", "4"),
            ("INTAKE_RATE_PER_SEC", "1"),
            ("FORM_MIN_AGE_SECS", "0"),
        ],
    );
    let (a, b) = (inst.srv.base.clone(), replica_b.base.clone());
    let nginx = start_nginx(&[&a, &b]);

    // Through nginx (round robin): forms served by one replica are accepted by either.
    for _ in 0..4 {
        let html = client()
            .get(format!("{}/report", nginx.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(
            post_form(&nginx.base, &csrf_in(&html)).await,
            StatusCode::OK
        );
    }
    assert_eq!(inst.counts()[0], 4);

    // A form spent on A is refused by B, and a proof of work likewise.
    let token = csrf_in(&page(&inst, "/report").await);
    assert_eq!(post_form(&a, &token).await, StatusCode::OK);
    assert_eq!(post_form(&b, &token).await, StatusCode::CONFLICT);
    let pow = crate::intake_api::fresh_pow(&inst).await;
    let first = post_api_at(&a, &token, &pow, &api_submission(&inst, "on A")).await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let replay = post_api_at(&b, &token, &pow, &api_submission(&inst, "on B")).await;
    assert_eq!(replay.status(), StatusCode::BAD_REQUEST);
    assert_eq!(inst.counts()[0], 6);

    // The browser path's budget (1 a second) is one for both replicas: of two valid
    // submissions at the same moment, one to each, exactly one is accepted.
    let pows = [
        crate::intake_api::fresh_pow(&inst).await,
        crate::intake_api::fresh_pow(&inst).await,
    ];
    let subs = [api_submission(&inst, "A"), api_submission(&inst, "B")];
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (on_a, on_b) = tokio::join!(
        post_api_at(&a, &token, &pows[0], &subs[0]),
        post_api_at(&b, &token, &pows[1], &subs[1])
    );
    let mut statuses = [on_a.status(), on_b.status()];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::CREATED, StatusCode::TOO_MANY_REQUESTS]
    );
    assert_eq!(inst.counts()[0], 7);

    // A console session opened on A works on B (sessions live in the database).
    let mut rev = enrolled(&inst, "EUIPO", "replica-reviewer").await;
    let cookie = login(&inst, &mut rev).await;
    inst.srv.base = b.clone();
    let inbox = get_with(&inst, "/console/?lang=en", &cookie).await;
    assert_eq!(inbox.status(), StatusCode::OK);
    assert!(inbox.text().await.unwrap().contains("id=\"inbox\""));
    inst.srv.base = nginx.base.clone();
    for _ in 0..2 {
        let through = get_with(&inst, "/console/?lang=en", &cookie).await;
        assert_eq!(through.status(), StatusCode::OK);
    }
    inst.srv.base = a;
    drop(nginx);
    drop(replica_b);
}
