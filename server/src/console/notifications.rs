//! `GET/POST /console/notifications`: a reviewer's digest settings — an e-mail address and/or a
//! webhook URL, how often (never, daily, weekly), whether to send it when nothing happened (so
//! that its arrival reveals nothing) and its language. The digest itself (counts only) is sent
//! by `tsr-admin notify send-digests`.
//!
//! A plain form (no script needed). Errors name the field, are translated and keep what was
//! typed. The change is audited in the transaction that stores it, with which channels are set
//! but not the address or the URL: an e-mail address is personal data and a webhook URL often
//! carries a secret token, and the audit log is kept longer and read more widely than the
//! settings.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use storage::accounts::{self, Lookup, Reviewer, ReviewerProfile};
use storage::audit::append_audit_in;
use storage::notifications::{self as n, Frequency, NotificationSettings, SettingError};

use super::pages::NotificationsPage;
use super::{see_other, SignedIn, REALM};
use crate::auth::session;
use crate::extract::{Checked, CsrfField};
use crate::state::ConsoleState;
use crate::web::{render, Chrome, WebError};

/// The values shown in the form (stored ones, or what was just typed).
#[derive(Debug, Clone, Default)]
pub struct FormValues {
    pub email: String,
    pub webhook: String,
    pub frequency: String,
    pub send_empty: bool,
    pub locale: String,
}

#[derive(serde::Deserialize)]
pub struct NotifyForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    webhook: String,
    #[serde(default)]
    frequency: String,
    /// A checkbox: present when ticked.
    #[serde(default)]
    send_empty: Option<String>,
    #[serde(default)]
    locale: String,
}

impl CsrfField for NotifyForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// The message id and the field (its input's id) of a refused setting.
fn error_text(e: SettingError) -> (&'static str, &'static str) {
    match e {
        SettingError::Email => ("console-notify-error-email", "notify-email"),
        SettingError::WebhookUrl => ("console-notify-error-webhook", "notify-webhook"),
        SettingError::WebhookNotHttps => ("console-notify-error-https", "notify-webhook"),
        SettingError::NoDestination => ("console-notify-error-destination", "notify-email"),
    }
}

/// The session's reviewer if still active; else the sessions end and the login page follows.
async fn reviewer_of(
    state: &ConsoleState,
    s: &session::Session,
) -> Result<Result<(Reviewer, Option<NotificationSettings>), HttpResponse>, WebError> {
    let id = s.principal_id;
    let found = crate::blocking::db(&state.db, move |conn| {
        let Some(r) = accounts::find_account::<ReviewerProfile>(conn, Lookup::Id(id))?
            .filter(|r| r.credentials.active)
        else {
            return Ok(None);
        };
        let settings = n::settings(conn, id)?;
        Ok(Some((r, settings)))
    })
    .await?;
    match found {
        Some(x) => Ok(Ok(x)),
        None => {
            session::end_all(&state.db, storage::PrincipalKind::Reviewer, id).await?;
            Ok(Err(see_other("/console/login")))
        }
    }
}

fn render_page(
    req: &HttpRequest,
    state: &ConsoleState,
    s: &session::Session,
    status: StatusCode,
    values: FormValues,
    errors: Vec<SettingError>,
    saved: bool,
) -> Result<HttpResponse, WebError> {
    let c = Chrome::new(req, &state.signer_fingerprint);
    let errors = errors
        .into_iter()
        .map(|e| {
            let (id, field) = error_text(e);
            (field.to_string(), c.t.t(id))
        })
        .collect::<Vec<_>>();
    let frequencies = Frequency::ALL
        .iter()
        .map(|f| {
            let label = c.t.t(&format!("console-notify-{}", f.as_str()));
            (f.as_str(), label)
        })
        .collect();
    let languages =
        c.t.languages()
            .iter()
            .map(|l| (l.code(), l.endonym()))
            .collect();
    let page = NotificationsPage {
        action: c.link("/console/notifications"),
        csrf: s.csrf.clone(),
        nav: Some(s.csrf.clone()),
        saved: saved.then(|| c.t.t("console-notify-saved")),
        email_error: errors.iter().any(|(f, _)| f == "notify-email"),
        webhook_error: errors.iter().any(|(f, _)| f == "notify-webhook"),
        errors,
        frequencies,
        languages,
        values,
        c,
    };
    render(status, &page)
}

/// `GET /console/notifications`.
pub async fn page(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    SignedIn(s): SignedIn,
) -> Result<HttpResponse, WebError> {
    let (_, stored) = match reviewer_of(&state, &s).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let lang = crate::web::translator(&req).code().to_string();
    let values = match stored {
        Some(st) => FormValues {
            email: st.email.unwrap_or_default(),
            webhook: st.webhook_url.unwrap_or_default(),
            frequency: st.frequency.as_str().to_string(),
            send_empty: st.send_empty,
            locale: st.locale,
        },
        None => FormValues {
            frequency: Frequency::Off.as_str().to_string(),
            locale: lang,
            ..FormValues::default()
        },
    };
    let saved = req.query_string().split('&').any(|kv| kv == "saved");
    render_page(&req, &state, &s, StatusCode::OK, values, vec![], saved)
}

/// `POST /console/notifications`.
pub async fn post(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    checked: Checked<SignedIn, web::Form<NotifyForm>>,
) -> Result<HttpResponse, WebError> {
    let Checked {
        who: SignedIn(s),
        body: web::Form(form),
    } = checked;
    let (reviewer, _) = match reviewer_of(&state, &s).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let values = FormValues {
        email: form.email.trim().to_string(),
        webhook: form.webhook.trim().to_string(),
        frequency: form.frequency.clone(),
        send_empty: form.send_empty.is_some(),
        locale: form.locale.clone(),
    };
    let catalog = i18n::Catalog::embedded();
    // An unknown frequency or language is not a typing mistake (they are chosen from a list):
    // the stored defaults are used rather than an error the reviewer cannot act on.
    let frequency = form.frequency.parse().unwrap_or(Frequency::Off);
    let locale = catalog
        .lang(&form.locale)
        .unwrap_or(crate::web::translator(&req).lang)
        .code();
    let settings = match NotificationSettings::new(
        &form.email,
        &form.webhook,
        frequency,
        values.send_empty,
        locale,
    ) {
        Ok(x) => x,
        Err(errors) => {
            return render_page(
                &req,
                &state,
                &s,
                StatusCode::BAD_REQUEST,
                values,
                errors,
                false,
            )
        }
    };
    let audited = REALM.event(
        Some(reviewer.id),
        "notifications.changed",
        Some(("reviewer", reviewer.id.to_string())),
        serde_json::json!({
            "email": settings.email.is_some(),
            "webhook": settings.webhook_url.is_some(),
            "frequency": settings.frequency.as_str(),
            "send_empty": settings.send_empty,
            "locale": settings.locale,
        }),
    );
    let id = reviewer.id;
    crate::blocking::write(&state.db, move |conn| {
        n::save_settings(
            conn,
            id,
            &settings,
            &storage::Day::today(),
            storage::accounts::now(),
        )?;
        append_audit_in(conn, &audited).map(drop)
    })
    .await?;
    let lang = crate::web::translator(&req).code().to_string();
    Ok(see_other(&format!(
        "/console/notifications?lang={lang}&saved"
    )))
}
