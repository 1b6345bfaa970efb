//! The plaintext of a conversation message (reporter ↔ reviewers, and internal notes), as JSON
//! inside a `Kind::Message` / `Kind::Note` envelope: `{"v":1,"text":..,"attachments":[..]}`.

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use crate::report::AttachmentRef;

pub const MESSAGE_JSON_VERSION: u32 = 1;
pub const MAX_MESSAGE_CHARS: usize = 20_000;

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageBody {
    pub v: u32,
    pub text: String,
    #[serde(default)]
    pub attachments: Vec<AttachmentRef>,
}

impl Drop for MessageBody {
    fn drop(&mut self) {
        self.text.zeroize();
    }
}

impl std::fmt::Debug for MessageBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MessageBody")
            .field("v", &self.v)
            .field("text", &"<redacted>")
            .field("attachments", &self.attachments.len())
            .finish()
    }
}
