//! `/portal/tokens`: the user's API tokens, 50 a page, newest first. A token is created with a name, shown once on the
//! answer page and stored only as its hash; it is read-only (the data API has GET routes only)
//! and works until revoked.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use storage::accounts::{self, NewApiToken};
use storage::audit::append_audit_in;
use zeroize::Zeroizing;

use super::pages::{TokenRow, TokensPage};
use super::{day, see_other, Member, REALM};
use crate::auth;
use crate::auth::api_token::new_api_token;
use crate::extract::{Checked, CsrfField, Lang};
use crate::state::PortalState;
use crate::web::paging::{Page, Pager};
use crate::web::{render, Chrome, WebError};

/// Longest token name, in characters.
pub const MAX_NAME_CHARS: usize = 60;

/// The page of the user's tokens that the query (`?page=N`) asks for, newest first.
async fn rows(
    state: &PortalState,
    user_id: i64,
    query: &str,
) -> Result<(Page, Vec<TokenRow>), WebError> {
    let query = query.to_string();
    let (page, tokens) = crate::blocking::db(&state.db, move |conn| {
        let page = Page::of(&query, accounts::count_api_tokens_for_user(conn, user_id)?);
        let list =
            accounts::list_api_tokens_for_user_page(conn, user_id, page.offset(), page.limit())?;
        Ok((page, list))
    })
    .await?;
    let rows = tokens
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            name: t.name,
            created: day(t.created_at),
            last_used: t.last_used_day.unwrap_or_else(|| "–".into()),
            revoked: t.revoked_at.map(day),
        })
        .collect();
    Ok((page, rows))
}

async fn render_page(
    req: &HttpRequest,
    state: &PortalState,
    m: &Member,
    status: StatusCode,
    created: Option<String>,
    error: Option<String>,
) -> Result<HttpResponse, WebError> {
    let c = Chrome::new(req, &state.signer_fingerprint);
    let notice = (req.query_string().split('&').any(|kv| kv == "revoked"))
        .then(|| c.t.t("portal-token-revoked"));
    let (page, tokens) = rows(state, m.user.id, req.query_string()).await?;
    let pager = Pager::new(&c, "/portal/tokens", page);
    let page = TokensPage {
        c,
        nav: Some(m.session.csrf.clone()),
        csrf: m.session.csrf.clone(),
        tokens,
        pager,
        created,
        error,
        notice,
    };
    render(status, &page)
}

pub async fn page(
    req: HttpRequest,
    state: web::Data<PortalState>,
    m: Member,
) -> Result<HttpResponse, WebError> {
    render_page(&req, &state, &m, StatusCode::OK, None, None).await
}

#[derive(serde::Deserialize)]
pub struct CreateForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
}

impl CsrfField for CreateForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

pub async fn create(
    req: HttpRequest,
    state: web::Data<PortalState>,
    checked: Checked<Member, web::Form<CreateForm>>,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    let Checked { who: m, body: form } = checked;
    let name = form.name.trim().to_string();
    if name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        let e = t.t1("portal-error-token-name", "max", MAX_NAME_CHARS);
        return render_page(&req, &state, &m, StatusCode::BAD_REQUEST, None, Some(e)).await;
    }
    let (token, hash): (Zeroizing<String>, Vec<u8>) = new_api_token();
    let new = NewApiToken {
        user_id: m.user.id,
        name,
        token_hash: hash,
        created_at: auth::now(),
    };
    crate::blocking::write(&state.db, move |conn| {
        let id = accounts::insert_api_token(conn, &new)?;
        let created = REALM.event(
            Some(new.user_id),
            "portal.api_token_created",
            Some(("api_token", id.to_string())),
            serde_json::json!({}),
        );
        append_audit_in(conn, &created)
    })
    .await?;
    let shown = Some(token.to_string());
    render_page(&req, &state, &m, StatusCode::OK, shown, None).await
}

#[derive(serde::Deserialize)]
pub struct RevokeForm {
    #[serde(default)]
    csrf: String,
}

impl CsrfField for RevokeForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

pub async fn revoke(
    req: HttpRequest,
    state: web::Data<PortalState>,
    checked: Checked<Member, web::Form<RevokeForm>>,
    path: web::Path<String>,
    t: Lang,
) -> Result<HttpResponse, WebError> {
    let Checked { who: m, .. } = checked;
    let Ok(id) = path.parse::<i64>() else {
        return not_found(&req);
    };
    let user_id = m.user.id;
    let done = crate::blocking::write(&state.db, move |conn| {
        // Only the owner's own tokens: another user's id answers as unknown.
        let owned = accounts::list_api_tokens_for_user(conn, user_id)?
            .iter()
            .any(|t| t.id == id);
        if owned {
            accounts::revoke_api_token(conn, id, auth::now())?;
            let revoked = REALM.event(
                Some(user_id),
                "portal.api_token_revoked",
                Some(("api_token", id.to_string())),
                serde_json::json!({}),
            );
            append_audit_in(conn, &revoked)?;
        }
        Ok(owned)
    })
    .await?;
    if !done {
        return not_found(&req);
    }
    Ok(see_other(&format!(
        "/portal/tokens?lang={}&revoked",
        t.code()
    )))
}

fn not_found(req: &HttpRequest) -> Result<HttpResponse, WebError> {
    Err(WebError::new(crate::web::error::Kind::NotFound).in_lang(&crate::web::translator(req)))
}
