//! Who wrote a message of the conversation, as the reporter's page says it: checked against
//! the signed keyring the server started with, never taken from a database column alone
//! (keys/FORMAT.md, "Signed reviewer messages").
//!
//! Anyone holding the public keys can seal a message to a reporter, and anyone who can write
//! the database can insert it as a reviewer's: a reviewer message is shown only with a valid
//! signature by a reviewer of the report's bodies in the keyring. Every other reviewer message
//! (no signature, one no keyring reviewer made, or one over other bytes) is refused: its content
//! is not shown, nor its envelope handed to the reporter's browser. The standard
//! acknowledgement the server writes itself is the channel's notice, shown with its fixed text.

use envelope::{Body, Keyring};
use storage::messages::Message;
use storage::Author;

/// What the reporter's page may say about a message's author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Authorship {
    /// The reporter's own message.
    Reporter,
    /// Signed by this keyring reviewer (the entry's name).
    Signed(String),
    /// A reviewer message whose signature is missing or invalid: not to be shown.
    Refused,
    /// The server's own standard notice: shown with its fixed text only.
    Notice,
}

/// Who wrote message `m` of report `report_id`, addressed to `bodies`.
pub fn authorship(keyring: &Keyring, bodies: &[Body], report_id: &str, m: &Message) -> Authorship {
    if m.author == Author::Reporter {
        return Authorship::Reporter;
    }
    if m.server_notice {
        return Authorship::Notice;
    }
    let ids = envelope::unhex::<16>(report_id).zip(envelope::unhex::<16>(&m.id));
    match (&m.signature, ids) {
        (Some(sig), Some((rid, mid))) => keyring
            .message_author(bodies, &rid, &mid, &m.envelope, sig)
            .map_or(Authorship::Refused, |(_, e)| {
                Authorship::Signed(e.name.clone())
            }),
        // Unsigned is refused like forged: nothing tells a forger's row from a reviewer's.
        _ => Authorship::Refused,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use envelope::keyring::{BodyKeys, KeyEntry, FORMAT};
    use envelope::{KeyPair, SigningKey};

    const REPORT: &str = "00112233445566778899aabbccddeeff";
    const MESSAGE: &str = "ffeeddccbbaa99887766554433221100";

    fn keyring(signer: &SigningKey) -> Keyring {
        let entry = |id: &str| KeyEntry::new(id, id, &KeyPair::generate().public);
        let mut bodies = std::collections::BTreeMap::new();
        let rita = entry("euipo-enrolled-7").with_signing_key(&signer.public_key().unwrap());
        let old = entry("euipo-enrolled-8");
        bodies.insert(
            Body::Euipo,
            BodyKeys {
                correlation: None,
                reviewers: vec![rita, old],
                recovery: entry("euipo-recovery"),
            },
        );
        bodies.insert(
            Body::Ec3,
            BodyKeys {
                correlation: None,
                reviewers: vec![],
                recovery: entry("ec3-recovery"),
            },
        );
        Keyring {
            format: FORMAT.into(),
            serial: 1,
            issued: "2026-12-07".into(),
            bodies,
            anonymizer: entry("anonymizer"),
            release: None,
        }
    }

    fn message(reviewer_id: Option<i64>, signature: Option<Vec<u8>>) -> Message {
        Message {
            id: MESSAGE.into(),
            report_id: REPORT.into(),
            seq: 1,
            author: Author::Reviewer,
            reviewer_id,
            envelope: b"TSE2 the sealed bytes".to_vec(),
            created_day: "2026-12-07".parse().unwrap(),
            signature,
            server_notice: false,
        }
    }

    fn signed(key: &SigningKey, m: &Message) -> Vec<u8> {
        let rid = envelope::unhex::<16>(REPORT).unwrap();
        let mid = envelope::unhex::<16>(MESSAGE).unwrap();
        envelope::signature::sign_message(key, &rid, &mid, &m.envelope)
            .unwrap()
            .to_vec()
    }

    #[test]
    fn a_signed_message_names_its_keyring_author() {
        let rita = SigningKey::generate();
        let kr = keyring(&rita);
        let mut m = message(Some(7), None);
        m.signature = Some(signed(&rita, &m));
        let who = authorship(&kr, &[Body::Euipo], REPORT, &m);
        assert_eq!(who, Authorship::Signed("euipo-enrolled-7".into()));
        // The signature is checked against the report's bodies only.
        assert_eq!(
            authorship(&kr, &[Body::Ec3], REPORT, &m),
            Authorship::Refused
        );
    }

    #[test]
    fn forged_and_moved_messages_are_refused() {
        let rita = SigningKey::generate();
        let kr = keyring(&rita);
        // Claims rita, who signs her messages, but carries no signature.
        let forged = message(Some(7), None);
        assert_eq!(
            authorship(&kr, &[Body::Euipo], REPORT, &forged),
            Authorship::Refused
        );
        // Signed by a key not in the keyring.
        let mut other = message(Some(7), None);
        other.signature = Some(signed(&SigningKey::generate(), &other));
        assert_eq!(
            authorship(&kr, &[Body::Euipo], REPORT, &other),
            Authorship::Refused
        );
        // Rita's signature with another envelope under it.
        let mut moved = message(Some(7), None);
        moved.signature = Some(signed(&rita, &moved));
        moved.envelope.push(0);
        assert_eq!(
            authorship(&kr, &[Body::Euipo], REPORT, &moved),
            Authorship::Refused
        );
        // Rita's signature on another report's row.
        let mut elsewhere = message(Some(7), None);
        elsewhere.signature = Some(signed(&rita, &elsewhere));
        elsewhere.report_id = MESSAGE.into();
        assert_eq!(
            authorship(&kr, &[Body::Euipo], MESSAGE, &elsewhere),
            Authorship::Refused
        );
        // Garbage in the column.
        let mut garbage = message(None, Some(vec![1; 64]));
        garbage.reviewer_id = None;
        assert_eq!(
            authorship(&kr, &[Body::Euipo], REPORT, &garbage),
            Authorship::Refused
        );
    }

    #[test]
    fn unsigned_messages_are_refused_whoever_they_claim_and_notices_are_the_servers() {
        let kr = keyring(&SigningKey::generate());
        // A reviewer without a signing key, and no reviewer at all: refused like a forgery.
        for claimed in [Some(8), None] {
            assert_eq!(
                authorship(&kr, &[Body::Euipo], REPORT, &message(claimed, None)),
                Authorship::Refused
            );
        }
        let mut notice = message(Some(7), None);
        notice.server_notice = true;
        assert_eq!(
            authorship(&kr, &[Body::Euipo], REPORT, &notice),
            Authorship::Notice
        );
        let mut mine = message(None, None);
        mine.author = Author::Reporter;
        assert_eq!(
            authorship(&kr, &[Body::Euipo], REPORT, &mine),
            Authorship::Reporter
        );
    }
}
