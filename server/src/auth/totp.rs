//! RFC 6238 TOTP: HMAC-SHA-1, 30-second steps, 6 digits, one step of clock skew either way.
//! The caller stores the step of the last accepted code and refuses any step not newer
//! (`storage::accounts::advance_totp_step`), so a code works once.

use qrcode::render::svg;
use qrcode::QrCode;
use totp_rs::{Algorithm, Builder, Totp};

pub const SECRET_BYTES: usize = 20;
pub const STEP_SECS: u64 = 30;
pub const DIGITS: u8 = 6;

/// A fresh 160-bit secret (RFC 4226's recommendation).
pub fn new_secret() -> Vec<u8> {
    let mut s = vec![0u8; SECRET_BYTES];
    envelope::fill_random(&mut s);
    s
}

fn totp(secret: &[u8]) -> Option<Totp> {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(DIGITS)
        .with_skew(1)
        .with_step_duration(STEP_SECS)
        .with_secret(secret.to_vec())
        .build()
        .ok()
}

/// The step (unix time / 30) the code belongs to, if it is valid at `now` (±1 step).
pub fn check(secret: &[u8], code: &str, now: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != usize::from(DIGITS) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now = u64::try_from(now).ok()?;
    let step = totp(secret)?.check(&code, now)?;
    i64::try_from(step).ok()
}

/// The secret from its base32 text.
pub fn secret_from_base32(text: &str) -> Option<Vec<u8>> {
    let clean: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    totp_rs::Secret::try_from_base32(clean.to_ascii_uppercase())
        .ok()
        .map(|s| s.to_vec())
}

/// The code for the time `at` (for tests and tools).
pub fn code_at(secret: &[u8], at: i64) -> Option<String> {
    Some(totp(secret)?.generate(u64::try_from(at).ok()?).to_string())
}

/// The secret as base32 (RFC 4648, 160 bits: no padding), as authenticator apps take it.
pub fn secret_base32(secret: &[u8]) -> String {
    totp_rs::Secret::from(secret.to_vec()).to_base32()
}

/// The `otpauth://` URI authenticator apps read from the QR code.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let issuer = percent(issuer);
    format!(
        "otpauth://totp/{issuer}:{}?secret={}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
        percent(account),
        secret_base32(secret)
    )
}

fn percent(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The QR code of `data` as an inline SVG element (no XML declaration, nothing external).
pub fn qr_svg(data: &str) -> Option<String> {
    let code = QrCode::new(data.as_bytes()).ok()?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(220, 220)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    let start = image.find("<svg")?;
    Some(image[start..].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_sha1_vectors() {
        // RFC 6238 appendix B, SHA-1 seed, last 6 of the 8 digits.
        let seed = b"12345678901234567890";
        assert_eq!(code_at(seed, 59).unwrap(), "287082");
        assert_eq!(code_at(seed, 1_111_111_109).unwrap(), "081804");
        assert_eq!(check(seed, "287082", 59), Some(1));
        assert_eq!(check(seed, "287082", 59 + 30), Some(1), "one step of skew");
        assert_eq!(check(seed, "287082", 59 + 90), None);
        assert_eq!(check(seed, "28708", 59), None);
    }

    #[test]
    fn qr_is_inline_svg() {
        let svg = qr_svg(&otpauth_uri("Console", "ana b", &new_secret())).unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(!svg.contains("http://") || svg.contains("http://www.w3.org/2000/svg"));
    }
}
