//! Extractors shared by the console and the portal: the request language ([`Lang`]), a
//! refusal decided while extracting ([`refusal`]: the exact response a handler used to
//! return, such as the redirect to a login page), and a body whose CSRF token was checked
//! against the signed-in session ([`Checked`]).
//!
//! [`Checked`] keeps the order the handlers had: the body is read first (a body that cannot be
//! decoded is the same 400 as before), then who is asking is established (the session, and for
//! report routes the report), then the token is checked, refusing with the area's own page.

use std::convert::Infallible;
use std::future::{ready, Future, Ready};
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::error::InternalError;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use i18n::Translator;

use crate::auth::session::Session;
use crate::web::{translator, WebError};

/// The future of an extractor that awaits other work.
pub type Extracting<T> = Pin<Box<dyn Future<Output = Result<T, actix_web::Error>>>>;

/// The request language: `?lang=xx`, else `Accept-Language` ([`translator`]).
#[derive(Debug, Clone, Copy)]
pub struct Lang(pub Translator);

impl FromRequest for Lang {
    type Error = Infallible;
    type Future = Ready<Result<Self, Infallible>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Lang(translator(req))))
    }
}

impl std::ops::Deref for Lang {
    type Target = Translator;

    fn deref(&self) -> &Translator {
        &self.0
    }
}

/// An extractor's refusal that is answered with exactly `response`.
pub fn refusal(response: HttpResponse) -> actix_web::Error {
    InternalError::from_response("refused", response).into()
}

/// An area's state as registered with `app_data`, or a 500 when the router forgot it.
pub fn state<T: 'static>(req: &HttpRequest) -> Result<web::Data<T>, WebError> {
    req.app_data::<web::Data<T>>().cloned().ok_or_else(|| {
        tracing::error!(
            state = std::any::type_name::<T>(),
            "state not registered for this route"
        );
        WebError::internal()
    })
}

/// Someone signed in with a session whose CSRF token their forms must carry.
pub trait SessionBound {
    fn session(&self) -> &Session;
    /// The answer to a POST whose CSRF token is missing or wrong (the area's own page).
    fn csrf_refused(req: &HttpRequest) -> actix_web::Error;
}

/// A form with a `csrf` field.
pub trait CsrfField {
    fn csrf(&self) -> &str;
}

/// Where a request body's CSRF token travels: a form's `csrf` field, or the `X-CSRF-Token`
/// header for raw bodies (envelopes and sealed records from the console's script).
pub trait CarriesCsrf {
    fn csrf_token<'a>(&'a self, req: &'a HttpRequest) -> &'a str;
}

impl<T: CsrfField> CarriesCsrf for web::Form<T> {
    fn csrf_token<'a>(&'a self, _: &'a HttpRequest) -> &'a str {
        self.0.csrf()
    }
}

impl CarriesCsrf for web::Bytes {
    fn csrf_token<'a>(&'a self, req: &'a HttpRequest) -> &'a str {
        req.headers()
            .get("X-CSRF-Token")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

/// `who` (a session extractor) and `body`, whose CSRF token matched `who`'s session.
pub struct Checked<S, B> {
    pub who: S,
    pub body: B,
}

impl<S, B> FromRequest for Checked<S, B>
where
    S: FromRequest<Error = actix_web::Error> + SessionBound + 'static,
    B: FromRequest + CarriesCsrf + 'static,
{
    type Error = actix_web::Error;
    type Future = Extracting<Self>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = B::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let body = body.await.map_err(Into::into)?;
            let who = S::extract(&req).await?;
            if !who.session().csrf_ok(body.csrf_token(&req)) {
                return Err(S::csrf_refused(&req));
            }
            Ok(Checked { who, body })
        })
    }
}
