//! Two app server processes on one PostgreSQL database, as behind a load balancer: a session
//! started through one works through the other, a submission sent through one is in the
//! queue the other shows, and a rate limit counts the requests to both.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use db::testing::TestDb;
use domain::Role;

/// A running server process, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A free local port.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Starts the server binary on `url` and waits until `/healthz` answers.
fn start(url: &str, mail_dir: &std::path::Path) -> Server {
    let addr = format!("127.0.0.1:{}", free_port());
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let child = Command::new(env!("CARGO_BIN_EXE_server"))
        .current_dir(root)
        .env("DATABASE_URL", url)
        .env("LEPTOS_OUTPUT_NAME", "digifarm")
        .env("LEPTOS_SITE_ROOT", "target/site")
        .env("LEPTOS_SITE_PKG_DIR", "pkg")
        .env("LEPTOS_SITE_ADDR", &addr)
        .env("DIGIFARM_BASE_URL", format!("http://{addr}"))
        .env("DIGIFARM_MAIL_DIR", mail_dir)
        .env("DIGIFARM_RATE_LIMIT", "5")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server { child, addr };
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        if request(&server, "GET", "/healthz", &[], "").is_some_and(|r| r.status == 200) {
            return server;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("the server on {} did not start", server.addr);
}

/// What a server answered.
struct Response {
    status: u16,
    head: String,
    body: String,
}

impl Response {
    /// The session cookie the response sets, as `name=value`.
    fn session(&self) -> Option<String> {
        self.head.lines().find_map(|line| {
            let value = line.strip_prefix("set-cookie: ").or(line.strip_prefix("Set-Cookie: "))?;
            let pair = value.split(';').next()?.to_string();
            pair.starts_with("digifarm_sitzung=").then_some(pair)
        })
    }
}

/// One HTTP/1.1 request; `None` while nobody listens.
fn request(
    server: &Server,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Option<Response> {
    let mut stream = TcpStream::connect(&server.addr).ok()?;
    let mut text = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
        server.addr,
        body.len()
    );
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    text.push_str(body);
    stream.write_all(text.as_bytes()).ok()?;
    let mut raw = String::new();
    stream.read_to_string(&mut raw).ok()?;
    let (head, body) = raw.split_once("\r\n\r\n")?;
    let status = head.split(' ').nth(1)?.parse().ok()?;
    Some(Response { status, head: head.to_string(), body: body.to_string() })
}

/// A form post with an optional session cookie.
fn post(server: &Server, path: &str, cookie: Option<&str>, form: &str) -> Response {
    let mut headers = vec![("Content-Type", "application/x-www-form-urlencoded")];
    if let Some(cookie) = cookie {
        headers.push(("Cookie", cookie));
    }
    request(server, "POST", path, &headers, form).expect("the server answers")
}

/// The application form as a multipart body, with a form token shown ten seconds ago.
fn proposal(name: &str) -> (String, String) {
    let boundary = "digifarmgrenze";
    let shown = chrono::Utc::now().timestamp() - 10;
    let token = format!("{shown}.{}", domain::secret::new_token());
    let mut fields = vec![
        ("formular", token.as_str()),
        ("name", name),
        ("teaser", "Schäden im Stadtbild melden."),
        ("description", "Bürger:innen melden Schlaglöcher."),
        ("category", "buergerservice"),
        ("kind", "app"),
        ("status", "live"),
        ("origin", "Münster"),
        ("licence", "EUPL-1.2"),
        ("repository_url", "https://codeberg.org/musterstadt/maengelmelder"),
        ("need_technik", "offen"),
        ("need_technik_title", "Server-Betrieb"),
        ("contact_name", "Erika Beispiel"),
        ("contact_email", "erika@example.org"),
        ("privacy_consent", "ja"),
    ];
    for criterion in domain::proposal::CRITERIA {
        fields.push(("criterion", criterion));
    }
    let mut body = String::new();
    for (key, value) in fields {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{key}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[tokio::test]
async fn two_servers_share_sessions_submissions_and_rate_limits() {
    let test_db = TestDb::postgres().await.unwrap();
    let mail = std::env::temp_dir().join(format!("digifarm-two-{}", std::process::id()));
    let (one, two) = (start(&test_db.url, &mail), start(&test_db.url, &mail));

    let hash = domain::secret::hash_password("Baumkrone-im-Herbst").unwrap();
    let now = Some(chrono::Utc::now());
    let email = "lenkung@example.org";
    let account =
        db::accounts::create(&test_db.db, "Lenkung", email, Some(hash), now).await.unwrap();
    db::accounts::grant(&test_db.db, account.id, Role::Moderator).await.unwrap();

    // Logged in through one, logged in through the other.
    let form = "email=lenkung%40example.org&password=Baumkrone-im-Herbst&weiter=%2Fkonto";
    let login = post(&one, "/api/anmelden", None, form);
    let cookie = login.session().expect("a session cookie");
    let me = post(&two, "/api/ich", Some(&cookie), "");
    assert_eq!(me.status, 200);
    assert!(me.body.contains("Lenkung"), "{}", me.body);

    // Sent through one, in the queue the other shows.
    let (content_type, body) = proposal("Mängelmelder Zwei Server");
    let headers = [("Content-Type", content_type.as_str()), ("Cookie", cookie.as_str())];
    let sent = request(&one, "POST", "/api/einreichen", &headers, &body).unwrap();
    assert!(sent.status < 400, "{} {}", sent.status, sent.body);
    let queue = post(&two, "/api/moderation/warteschlange", Some(&cookie), "status=eingereicht");
    assert!(queue.body.contains("Mängelmelder Zwei Server"), "{}", queue.body);

    // Five password mails an hour per client, counted over both servers.
    let ask = "email=niemand%40example.org";
    for server in [&one, &two, &one, &two, &one] {
        assert_ne!(post(server, "/api/passwort-vergessen", None, ask).status, 429);
    }
    let refused = post(&two, "/api/passwort-vergessen", None, ask);
    assert_eq!(refused.status, 429, "the sixth request, to the other server, is refused");
    assert!(refused.head.to_lowercase().contains("retry-after:"));

    drop((one, two));
    let _ = std::fs::remove_dir_all(&mail);
    test_db.drop_db().await.unwrap();
}
