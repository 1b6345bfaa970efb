//! The shapes of an account, written once for both kinds (reviewers, member-state users): the
//! login state they share ([`Credentials`]), what only one kind has (a [`Profile`]), and the
//! account to create or the changes to apply. The two kinds keep their own tables; the queries
//! over them are in `principals`.

use diesel::Queryable;

use crate::error::StorageError;
use crate::types::{Body, PrincipalKind};

/// Login state common to both kinds of account. Secrets are stored only as hashes (password,
/// enrolment token) or as the TOTP secret itself, which login needs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Queryable)]
pub struct Credentials {
    /// Argon2id PHC string; `None` until enrolment.
    pub password_hash: Option<String>,
    pub totp_secret: Option<Vec<u8>>,
    /// The step of the last accepted TOTP code (replay protection).
    pub last_totp_step: Option<i64>,
    /// Held while enrolment is pending; cleared when it finishes.
    pub enrolment_token_hash: Option<Vec<u8>>,
    pub enrolment_expires: Option<i64>,
    pub failed_logins: i32,
    pub locked_until: Option<i64>,
    pub active: bool,
    pub created_at: i64,
}

impl Credentials {
    /// Password and TOTP set, active, enrolment finished.
    pub fn can_log_in(&self) -> bool {
        self.active
            && self.enrolment_token_hash.is_none()
            && self.password_hash.is_some()
            && self.totp_secret.is_some()
    }

    /// Active, with an enrolment link that has not expired at `now`.
    pub fn enrolment_open(&self, now: i64) -> bool {
        self.active && self.enrolment_expires.is_some_and(|e| e > now)
    }
}

/// What a reviewer has besides credentials: the body, and the key pair made at enrolment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewerProfile {
    pub body: Body,
    /// X25519 public key, set at enrolment.
    pub public_key: Option<Vec<u8>>,
    /// The `tsr-wrapped-key/1` JSON of the private key, wrapped in the browser.
    pub wrapped_private_key: Option<String>,
    /// Ed25519 public key that signs the reviewer's messages, set at enrolment (none for
    /// reviewers enrolled before message signatures).
    pub signing_public_key: Option<Vec<u8>>,
    /// The `tsr-wrapped-key/1` JSON (kind `ed25519`) of the signing seed, wrapped in the browser.
    pub wrapped_signing_key: Option<String>,
}

impl ReviewerProfile {
    /// A reviewer of `body` without a key pair yet (one to create).
    pub fn new(body: Body) -> Self {
        ReviewerProfile {
            body,
            public_key: None,
            wrapped_private_key: None,
            signing_public_key: None,
            wrapped_signing_key: None,
        }
    }
}

/// What a member-state user has besides credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberStateProfile {
    /// Two upper-case letters (ISO 3166-1 alpha-2, `EL` for Greece as in EU usage).
    pub country: String,
}

/// Either profile, for code that handles both kinds at run time (login, lock-out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnyProfile {
    Reviewer(ReviewerProfile),
    MemberState(MemberStateProfile),
}

impl AnyProfile {
    /// The kind of account the profile belongs to.
    pub fn kind(&self) -> PrincipalKind {
        match self {
            AnyProfile::Reviewer(_) => PrincipalKind::Reviewer,
            AnyProfile::MemberState(_) => PrincipalKind::MemberState,
        }
    }
}

/// A kind of account, as a type: its [`PrincipalKind`] and its place in [`AnyProfile`].
pub trait Profile: Sized + Clone {
    const KIND: PrincipalKind;

    /// This profile as the run-time enum.
    fn to_any(&self) -> AnyProfile;

    /// The profile, if `any` is of this kind.
    fn from_any(any: AnyProfile) -> Option<Self>;
}

impl Profile for ReviewerProfile {
    const KIND: PrincipalKind = PrincipalKind::Reviewer;

    fn to_any(&self) -> AnyProfile {
        AnyProfile::Reviewer(self.clone())
    }

    fn from_any(any: AnyProfile) -> Option<Self> {
        match any {
            AnyProfile::Reviewer(p) => Some(p),
            AnyProfile::MemberState(_) => None,
        }
    }
}

impl Profile for MemberStateProfile {
    const KIND: PrincipalKind = PrincipalKind::MemberState;

    fn to_any(&self) -> AnyProfile {
        AnyProfile::MemberState(self.clone())
    }

    fn from_any(any: AnyProfile) -> Option<Self> {
        match any {
            AnyProfile::MemberState(p) => Some(p),
            AnyProfile::Reviewer(_) => None,
        }
    }
}

/// A stored account of either kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account<P> {
    pub id: i64,
    /// Login name, unique within the kind.
    pub name: String,
    pub profile: P,
    pub credentials: Credentials,
}

impl Account<AnyProfile> {
    /// The account with its profile typed, if it is of kind `P`.
    pub fn typed<P: Profile>(self) -> Result<Account<P>, StorageError> {
        let profile = P::from_any(self.profile)
            .ok_or_else(|| StorageError::Invalid("account of another kind".into()))?;
        Ok(Account {
            id: self.id,
            name: self.name,
            profile,
            credentials: self.credentials,
        })
    }
}

/// A stored reviewer account.
pub type Reviewer = Account<ReviewerProfile>;
/// A stored member-state authority user.
pub type MemberStateUser = Account<MemberStateProfile>;

/// An account to create (enrolment pending until password and TOTP, and for a reviewer the
/// key pair, are set).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAccount<P> {
    /// Login name, unique within the kind.
    pub name: String,
    pub profile: P,
    pub enrolment_token_hash: Option<Vec<u8>>,
    pub enrolment_expires: Option<i64>,
    pub active: bool,
    pub created_at: i64,
}

/// A reviewer account to create.
pub type NewReviewer = NewAccount<ReviewerProfile>;
/// A member-state user to create.
pub type NewMemberStateUser = NewAccount<MemberStateProfile>;

/// Changes to an account of either kind: `None` leaves a field alone, `Some(None)` clears a
/// nullable one. (A reviewer's key pair is set with `set_reviewer_key`.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountUpdate {
    pub name: Option<String>,
    pub password_hash: Option<Option<String>>,
    pub totp_secret: Option<Option<Vec<u8>>>,
    pub last_totp_step: Option<Option<i64>>,
    pub enrolment_token_hash: Option<Option<Vec<u8>>>,
    pub enrolment_expires: Option<Option<i64>>,
    pub failed_logins: Option<i32>,
    pub locked_until: Option<Option<i64>>,
    pub active: Option<bool>,
}

/// How to find one account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<'a> {
    Id(i64),
    /// The login name.
    Name(&'a str),
    /// The hash of a pending enrolment token (expiry is the caller's check).
    EnrolmentToken(&'a [u8]),
}
