//! The console's page templates (`templates/console/`). Every page has the chrome `c` and,
//! when logged in, `nav`: the session's CSRF token for the logout forms in the header.

use askama::Template;

use crate::web::Chrome;

crate::auth::realm::account_pages!(
    storage::accounts::ReviewerProfile,
    "console/message.html",
    "console/login.html",
    "console/enrol.html",
    "console/security_keys.html",
    "console/login_key.html"
);

/// One line of the inbox: metadata only, nothing decrypted.
#[derive(Debug, Clone)]
pub struct InboxRow {
    pub id: String,
    pub received_day: String,
    pub status: String,
    pub sealed_by: String,
    pub sealed_by_server: bool,
    /// The next Directive deadline as text ("Acknowledgement due 2026-12-07"), if any.
    pub deadline: Option<String>,
    /// "Overdue" / "Due soon" label, shown next to the deadline (not colour alone).
    pub urgency: Option<String>,
    /// CSS class of the urgency: `overdue` or `due-soon`.
    pub urgency_class: &'static str,
    /// The report page.
    pub link: String,
    /// The form action of the status change.
    pub action: String,
    /// The allowed next statuses: stored value and label.
    pub next: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "console/inbox.html")]
pub struct InboxPage {
    pub c: Chrome,
    pub nav: Option<String>,
    pub lead: String,
    pub csrf: String,
    /// "2 overdue, 1 due within 2 days" summary.
    pub counts: String,
    pub overdue: usize,
    pub due_soon: usize,
    pub rows: Vec<InboxRow>,
    /// Links to the other pages of the inbox, when there are any.
    pub pager: Option<crate::web::paging::Pager>,
    /// The session's idle timeout: the key holder drops the unlocked key after it.
    pub idle_secs: i64,
    /// The triage view's filters: id fragment (`member-state`) and label.
    pub filters: Vec<Label>,
    /// Category labels for the script.
    pub codes: Vec<Label>,
    /// "Reports matching: {shown} of {total}" with the placeholders for the script.
    pub triage_count: String,
    /// "Page {page} of {pages}", likewise.
    pub triage_page: String,
    /// "Referred by {body}", likewise.
    pub referred_from: String,
}

/// A label for the script: a field name or `list:code`, and its text in the page language.
#[derive(Debug, Clone)]
pub struct Label {
    pub key: String,
    pub text: String,
}

/// `/console/reports/{id}`: metadata rendered here, the content decrypted by console.js.
#[derive(Template)]
#[template(path = "console/report.html")]
pub struct ReportPage {
    pub c: Chrome,
    pub nav: Option<String>,
    pub csrf: String,
    /// The session's idle timeout: the key holder drops the unlocked key after it.
    pub idle_secs: i64,
    pub id: String,
    pub received_day: String,
    pub status: String,
    pub is_new: bool,
    pub sealed_by_server: bool,
    pub bodies: String,
    /// Whether the reviewer has a wrapped key (enrolled with a browser key pair).
    pub has_key: bool,
    pub status_action: String,
    /// The assignment form's action and the body's active reviewers: id, name, assigned.
    pub assign_action: String,
    pub assignees: Vec<(i64, String, bool)>,
    /// The tag form's action, the body's tags on the report and the others of its list.
    pub tag_action: String,
    pub tags_on: Vec<String>,
    pub tags_free: Vec<String>,
    /// The body the report can be referred to (the other one, unless it has the report).
    pub refer: Option<ReferView>,
    /// The report's referrals, as lines in the page language.
    pub referrals: Vec<ReferralLine>,
    /// Allowed next statuses other than `acknowledged` (which goes with a message).
    pub next: Vec<(&'static str, String)>,
    pub fields: Vec<Label>,
    pub codes: Vec<Label>,
    /// The category lists of the classification form.
    pub lists: Vec<ClassifyList>,
    /// TLP levels offered for exports.
    pub tlp_levels: &'static [&'static str],
    pub max_loss: u64,
    pub max_jobs: u32,
    pub earliest_year: u16,
}

/// The referral form's texts for the other body.
#[derive(Debug, Clone)]
pub struct ReferView {
    pub to: &'static str,
    pub heading: String,
    pub hint: String,
    pub note_label: String,
    pub message_default: String,
}

/// One referral of a report: "Referred from EUIPO to EC3 by ana on 2026-12-07".
#[derive(Debug, Clone)]
pub struct ReferralLine {
    pub to: &'static str,
    pub line: String,
    /// Whether a sealed note came with it (console.js opens it into `#referral-note-{to}`).
    pub has_note: bool,
}

/// One category list of the classification form.
#[derive(Debug, Clone)]
pub struct ClassifyList {
    /// The record field (`member_state`).
    pub name: &'static str,
    /// Its id fragment (`member-state`).
    pub id: String,
    pub label: String,
    pub options: Vec<Label>,
}

/// One step of the figures' timing table.
#[derive(Debug, Clone)]
pub struct FiguresRow {
    pub label: String,
    pub done: usize,
    pub median: String,
    pub p90: String,
    /// "12 of 14 (85.7 %)" or a dash.
    pub within: String,
}

/// `/console/figures`: counts and durations for management.
#[derive(Template)]
#[template(path = "console/figures.html")]
pub struct FiguresPage {
    pub c: Chrome,
    pub nav: Option<String>,
    pub lead: String,
    /// The CSV download.
    pub csv: String,
    /// Month (`YYYY-MM`) and reports received.
    pub received: Vec<(String, usize)>,
    pub timing: Vec<FiguresRow>,
    /// Open status label and count.
    pub open: Vec<(String, usize)>,
}

/// `/console/notifications`: the reviewer's digest settings.
#[derive(Template)]
#[template(path = "console/notifications.html")]
pub struct NotificationsPage {
    pub c: Chrome,
    pub nav: Option<String>,
    pub csrf: String,
    pub action: String,
    /// "Saved" notice after a successful change.
    pub saved: Option<String>,
    /// The refused settings: the input's id and the message naming the field.
    pub errors: Vec<(String, String)>,
    pub email_error: bool,
    pub webhook_error: bool,
    /// Frequency value and label.
    pub frequencies: Vec<(&'static str, String)>,
    /// Language code and its own name.
    pub languages: Vec<(&'static str, &'static str)>,
    pub values: super::notifications::FormValues,
}
