//! Runs `node envelope/tests/interop/keyring-trust.mjs`: the browser's keyring checks
//! (server/static/js/envelope/keyring.js) refuse a keyring signed by another key than the
//! pinned fingerprint and a serial lower than one seen before, and accept the optional release
//! key, accept a reviewer's message signing key, and sign messages and classifications exactly
//! as the Rust side does. Skipped without `node`, unless CI=true.

use std::path::Path;
use std::process::Command;

#[test]
fn browser_keyring_checks_refuse_another_signer_and_a_lower_serial() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/keyring-trust.mjs");
    let out = match Command::new("node").arg(&script).output() {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "node is not on PATH, and CI=true requires the JavaScript keyring test"
            );
            eprintln!("SKIPPED: node is not on PATH");
            return;
        }
        Err(e) => panic!("cannot run node: {e}"),
    };
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("keyring-trust: ok"));
    // The browser's message signature is the one Rust makes over the same documented bytes.
    let js = stdout
        .lines()
        .find_map(|l| l.strip_prefix("message-signature: "))
        .expect("the script prints its message signature");
    let key = envelope::SigningKey::from_seed([7; 32]);
    let rust = envelope::signature::sign_message(&key, &[1; 16], &[2; 16], b"TSE2 bytes").unwrap();
    assert_eq!(js, envelope::hex(&rust));
    // And its classification signature too.
    let js = stdout
        .lines()
        .find_map(|l| l.strip_prefix("classification-signature: "))
        .expect("the script prints its classification signature");
    let rust = envelope::signature::sign_classification(
        &key,
        &[1; 16],
        b"TSS1 sealed record",
        "euipo-enrolled-7",
    )
    .unwrap();
    assert_eq!(js, envelope::hex(&rust));
}
