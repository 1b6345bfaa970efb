//! The portal's page templates (`templates/portal/`). Every page has the chrome `c` and, when
//! logged in, `nav`: the session's CSRF token for the logout form in the header.

use askama::Template;

use super::charts::Chart;
use crate::web::Chrome;

crate::auth::realm::account_pages!(
    storage::accounts::MemberStateProfile,
    "portal/message.html",
    "portal/login.html",
    "portal/enrol.html",
    "portal/security_keys.html",
    "portal/login_key.html"
);

/// One API token as listed (never the token itself).
#[derive(Debug, Clone)]
pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub created: String,
    pub last_used: String,
    /// `None` while active; the day it was revoked otherwise.
    pub revoked: Option<String>,
}

#[derive(Template)]
#[template(path = "portal/tokens.html")]
pub struct TokensPage {
    pub c: Chrome,
    pub nav: Option<String>,
    pub csrf: String,
    pub tokens: Vec<TokenRow>,
    /// Links to the other pages of the list, when there are any.
    pub pager: Option<crate::web::paging::Pager>,
    /// A token just created: shown on this one page only.
    pub created: Option<String>,
    pub error: Option<String>,
    pub notice: Option<String>,
}

/// One line of the release list.
#[derive(Debug, Clone)]
pub struct ReleaseRow {
    pub id: String,
    pub period: String,
    pub day: String,
    pub epsilon: String,
    pub status: String,
    pub link: String,
}

#[derive(Template)]
#[template(path = "portal/releases.html")]
pub struct ReleasesPage {
    pub c: Chrome,
    pub nav: Option<String>,
    pub lead: String,
    pub rows: Vec<ReleaseRow>,
    /// Links to the other pages of the list, when there are any.
    pub pager: Option<crate::web::paging::Pager>,
}

/// One downloadable file.
#[derive(Debug, Clone)]
pub struct Download {
    pub name: String,
    pub link: String,
    pub size: String,
}

#[derive(Template)]
#[template(path = "portal/release.html")]
pub struct ReleasePage {
    pub c: Chrome,
    pub nav: Option<String>,
    pub id: String,
    pub period: String,
    pub day: String,
    pub epsilon: String,
    pub status: String,
    /// Headline figures: label and text.
    pub summary: Vec<(String, String)>,
    pub charts: Vec<Chart>,
    /// Plain-language methodology paragraphs.
    pub methodology: Vec<String>,
    pub downloads: Vec<Download>,
    pub archive: Download,
    pub key_b64: String,
    pub key_fingerprint: String,
}
