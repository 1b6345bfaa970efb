//! Request limits that hold for every route, before any handler: the size of the request's
//! header fields ([`MAX_HEADER_BYTES`], fixed; answered with 431). The HTTP/1 parser of
//! actix-http buffers a request head of up to 128 KiB and refuses larger ones itself (431);
//! this keeps what reaches the application to the much smaller bound real browsers need.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::HeaderMap;
use actix_web::middleware::Next;
use actix_web::ResponseError;

use super::error::Kind;
use super::{translator, WebError};

/// The most bytes of header names and values (plus 4 per field, for `: ` and the line end)
/// a request may carry: twice nginx's default buffer for one header line (8 KiB), far more
/// than any browser sends to this site (its cookies are three short tokens).
pub const MAX_HEADER_BYTES: usize = 16 * 1024;

/// The size of a request's header fields as counted against [`MAX_HEADER_BYTES`].
pub fn header_bytes(headers: &HeaderMap) -> usize {
    headers
        .iter()
        .map(|(k, v)| k.as_str().len() + v.len() + 4)
        .sum()
}

/// The middleware: 431 (JSON under `/api/`, a translated page elsewhere) for a request whose
/// header fields are larger than [`MAX_HEADER_BYTES`].
pub async fn refuse_large_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if header_bytes(req.headers()) <= MAX_HEADER_BYTES {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    let mut err = WebError::new(Kind::HeadersTooLarge).in_lang(&translator(req.request()));
    if req.path().starts_with("/api/") {
        err = err.as_json();
    }
    let (http, _) = req.into_parts();
    Ok(ServiceResponse::new(http, err.error_response()).map_into_right_body())
}
