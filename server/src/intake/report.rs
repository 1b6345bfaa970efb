//! The landing page, the report form and its server-sealed submission (the no-JavaScript path).

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use domain::report::{validate, Quarter, RawReport, YearMonth};
use envelope::{Body, Receipt};
use i18n::Translator;
use storage::Day;

use std::time::Duration;

use super::commit::{SpendToken, SPENT};
use super::multipart::{check_length, FormError, FormReader, ReceivedForm};
use super::pages::{ConfirmationPage, LandingPage, PrivacyPage, ReportPage};
use super::seal::seal_report;
use super::IntakeState;
use crate::web::csrf;
use crate::web::error::Kind;
use crate::web::{render, translator, Chrome, WebError};

pub async fn landing(
    req: HttpRequest,
    state: web::Data<IntakeState>,
) -> Result<HttpResponse, WebError> {
    render(
        StatusCode::OK,
        &LandingPage {
            c: Chrome::new(&req, &state.signer_fingerprint),
        },
    )
}

pub async fn privacy(
    req: HttpRequest,
    state: web::Data<IntakeState>,
) -> Result<HttpResponse, WebError> {
    render(
        StatusCode::OK,
        &PrivacyPage {
            c: Chrome::new(&req, &state.signer_fingerprint),
        },
    )
}

fn limits_for_page(state: &IntakeState) -> (u64, usize) {
    let l = state.intake.limits;
    (l.max_file_bytes / (1024 * 1024), l.max_files)
}

pub async fn form(
    req: HttpRequest,
    state: web::Data<IntakeState>,
) -> Result<HttpResponse, WebError> {
    let c = Chrome::new(&req, &state.signer_fingerprint);
    let page = ReportPage::new(
        c,
        state.csrf.issue("report"),
        &RawReport::default(),
        &[],
        false,
        limits_for_page(&state),
    );
    render(StatusCode::OK, &page)
}

/// Maps what the multipart reader refused to the page the reporter sees.
pub fn form_error(e: FormError, t: &Translator) -> WebError {
    let kind = match e {
        FormError::FileTooLarge { limit } => Kind::TooLarge {
            limit_mib: limit / (1024 * 1024),
        },
        FormError::FieldTooLarge { limit } => Kind::TextTooLarge {
            limit_kib: (limit as u64).div_ceil(1024),
        },
        FormError::TooManyFiles { limit } => Kind::TooManyFiles { limit },
        FormError::Malformed => Kind::BadRequest,
        FormError::Crypto => Kind::Internal,
        FormError::Busy => Kind::Unavailable,
        FormError::Storage(e) => return WebError::from(e).in_lang(t),
    };
    WebError::new(kind).in_lang(t)
}

fn raw_report(form: &ReceivedForm) -> RawReport {
    let one = |name: &str| form.first(name).unwrap_or("").to_string();
    RawReport {
        member_state: one("member_state"),
        sector: one("sector"),
        incident_class: one("incident_class"),
        attack_vector: one("attack_vector"),
        actor_type: one("actor_type"),
        incident_month: one("incident_month"),
        detection_month: one("detection_month"),
        loss_eur: one("loss_eur"),
        jobs_at_risk: one("jobs_at_risk"),
        what_taken: one("what_taken"),
        narrative: one("narrative"),
        contact: one("contact"),
        organisation_id: one("organisation_id"),
        recipients: form.all("recipients"),
        consent: one("consent"),
        language: one("language"),
        indicator_ip: one("indicator_ip"),
        indicator_domain: one("indicator_domain"),
        indicator_url: one("indicator_url"),
        indicator_email: one("indicator_email"),
        indicator_hash: one("indicator_hash"),
        indicator_file_name: one("indicator_file_name"),
        indicator_observations: one("indicator_observations"),
    }
}

fn today() -> (Day, YearMonth, Quarter) {
    let d = time::OffsetDateTime::now_utc().date();
    let month = u8::from(d.month());
    let year = d.year().clamp(0, i32::from(u16::MAX)) as u16;
    let day = Day::today();
    let ym = YearMonth { year, month };
    let q = Quarter::of_day(year, month).unwrap_or(Quarter { year, q: 1 });
    (day, ym, q)
}

/// How long a valid no-JavaScript submission waits for its turn in the path's budget before it
/// gets a 429 (a reporter without JavaScript is queued rather than turned away at once).
pub const FORM_BUDGET_WAIT: Duration = Duration::from_secs(30);

/// `POST /report`: the no-JavaScript path. The server seals the report in memory and stores
/// only ciphertext: the attachments' as they arrive (staged, `staging.rs`), the report with
/// them in one transaction; invalid input comes back with every field's message and the input
/// kept (files aside: they are never kept across a failed submission, their staged ciphertext
/// is deleted).
///
/// Checks in cost order: the form's token (its first part) before anything else is read, and
/// refused if it was already spent; then the form; then, for a valid form only, the token's
/// minimum age and the path's budget; the token is spent with the stored report, so each form
/// is accepted once, by whichever server.
pub async fn submit(
    req: HttpRequest,
    state: web::Data<IntakeState>,
    payload: Multipart,
) -> Result<HttpResponse, WebError> {
    let t = translator(&req);
    check_length(&req, &state.intake.limits).map_err(|e| form_error(e, &t))?;
    let mut reader = FormReader::new(payload, state.intake.limits, state.upload_sink());
    let token = reader
        .first_text("csrf")
        .await
        .map_err(|e| form_error(e, &t))?;
    let Some(issued) = state.csrf.check_issued("report", &token) else {
        return Err(WebError::new(Kind::Csrf).in_lang(&t));
    };
    let spend = SpendToken {
        digest: csrf::digest(&token),
        expires: issued.expires,
    };
    drop(token);
    let db = state.db.clone();
    let spent = crate::blocking::db(&db, move |c| storage::spent::is_spent(c, &spend.digest))
        .await
        .map_err(|e| e.in_lang(&t))?;
    if spent {
        return Err(WebError::new(Kind::FormUsed).in_lang(&t));
    }
    let mut form = reader
        .rest("attachment")
        .await
        .map_err(|e| form_error(e, &t))?;
    let mut raw = raw_report(&form);
    let (day, month, quarter) = today();
    // A field cut at the size limit is always over its own limit in characters, so it comes
    // back with that field's error and the text kept; a form that would still pass is refused.
    let checked = match validate(&raw, month) {
        Ok(_) if !form.cut.is_empty() => {
            raw.wipe();
            return Err(form_error(
                FormError::FieldTooLarge {
                    limit: state.intake.limits.max_text_bytes,
                },
                &t,
            ));
        }
        checked => checked,
    };
    let fields = match checked {
        Ok(f) => f,
        Err(errors) => {
            let c = Chrome::new(&req, &state.signer_fingerprint);
            let page = ReportPage::new(
                c,
                state.csrf.issue("report"),
                &raw,
                &errors,
                !form.files.is_empty(),
                limits_for_page(&state),
            );
            raw.wipe();
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    raw.wipe();
    // The per-submission cost that needs no JavaScript: a form is accepted only some seconds
    // after it was served (a person takes far longer to fill it in), and each form once.
    let ready_at = issued.issued + i64::from(state.intake.form_min_age_secs);
    let early = ready_at - time::OffsetDateTime::now_utc().unix_timestamp();
    if early > 0 {
        actix_web::rt::time::sleep(Duration::from_secs(early.unsigned_abs())).await;
    }
    let turn = state.limiters.forms.wait(FORM_BUDGET_WAIT).await;
    if !turn.map_err(|e| e.in_lang(&t))? {
        return Err(WebError::new(Kind::RateLimited).in_lang(&t));
    }
    let bodies: Vec<Body> = fields.recipients.clone();
    let recipients = if bodies.len() == 2 {
        t.t("recipients-both")
    } else {
        bodies
            .iter()
            .map(|b| b.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let files = std::mem::take(&mut form.files);
    let keyring = state.keyring.clone();
    let sealed = crate::blocking::block("seal", move || {
        seal_report(&keyring, &fields, &bodies, files, day, quarter).map_err(|e| {
            tracing::error!(error = %e, "sealing a report failed");
            WebError::internal()
        })
    })
    .await
    .map_err(|e| WebError::from(e).in_lang(&t))?
    .map_err(|e| e.in_lang(&t))?;
    let receipt: Receipt = sealed.receipt;
    match state
        .committer
        .store(sealed.report, sealed.stats, Some(spend), sealed.staged)
        .await
    {
        Ok(()) => form.uploads.keep(),
        Err(storage::StorageError::Conflict(what)) if what == SPENT => {
            return Err(WebError::new(Kind::FormUsed).in_lang(&t));
        }
        Err(e) => return Err(WebError::from(e).in_lang(&t)),
    }

    let page = ConfirmationPage {
        c: Chrome::new(&req, &state.signer_fingerprint),
        receipt: receipt.display(),
        sealed_by_server: true,
        recipients,
        csrf_receipt: state.csrf.issue("receipt"),
    };
    render(StatusCode::OK, &page)
}

#[derive(serde::Deserialize)]
pub struct ReceiptForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    receipt: String,
}

impl Drop for ReceiptForm {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.receipt);
    }
}

/// `POST /receipt.txt`: the receipt as a file to keep, without JavaScript. The receipt comes
/// from the confirmation page itself; nothing is looked up or stored.
pub async fn receipt_file(
    req: HttpRequest,
    state: web::Data<IntakeState>,
    form: web::Form<ReceiptForm>,
) -> Result<HttpResponse, WebError> {
    let t = translator(&req);
    if !state.csrf.check("receipt", &form.csrf) {
        return Err(WebError::new(Kind::Csrf).in_lang(&t));
    }
    let receipt =
        Receipt::parse(&form.receipt).map_err(|_| WebError::new(Kind::BadRequest).in_lang(&t))?;
    let body = format!(
        "{}\n\n    {}\n\n{}\n",
        t.t("receipt-file-title"),
        receipt.display().as_str(),
        t.t("receipt-file-keep")
    );
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"receipt.txt\"",
        ))
        .body(body))
}

/// The signed keyring, for the browser to verify against the fingerprint in the page: the
/// copy verified at start, so a file changed on disk is never served (health reports it).
pub async fn keyring_json(state: web::Data<IntakeState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(state.signed_keyring.bytes.clone())
}

pub async fn keyring_sig(state: web::Data<IntakeState>) -> Result<HttpResponse, WebError> {
    let body = state
        .signed_keyring
        .signature_file()
        .map_err(|_| WebError::internal())?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .body(body))
}
