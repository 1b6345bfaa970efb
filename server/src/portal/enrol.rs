//! `/portal/enrol/{token}`: the portal's part in the shared enrolment flow
//! ([`crate::auth::enrol`]) and the portal's [`AccountRealm`]. A member-state user sets a login
//! password and enrols TOTP; no key pair: portal users decrypt nothing.

use storage::accounts::MemberStateProfile;

use crate::auth::realm::AccountRealm;
use crate::auth::signin::{Realm, PORTAL};

impl AccountRealm for MemberStateProfile {
    const REALM: Realm = PORTAL;
    type State = crate::state::PortalState;
    type SignedIn = super::Member;

    fn lead_arg(&self) -> (&'static str, String) {
        ("country", self.country.clone())
    }
}
