//! `/portal/logout`: the shared sign-out ([`crate::auth::logout`]) for member-state users (the
//! login page itself is the shared [`crate::auth::signin`] flow).

use actix_web::{web, HttpRequest, HttpResponse};
use storage::accounts::MemberStateProfile;

use super::Member;
use crate::auth::logout::{self, CsrfForm, Scope};
use crate::extract::{Checked, SessionBound};
use crate::state::PortalState;
use crate::web::WebError;

pub async fn logout(
    req: HttpRequest,
    state: web::Data<PortalState>,
    checked: Checked<Member, web::Form<CsrfForm>>,
) -> Result<HttpResponse, WebError> {
    let s = checked.who.session();
    logout::end::<MemberStateProfile>(&req, &state.db, s, Scope::This).await
}
