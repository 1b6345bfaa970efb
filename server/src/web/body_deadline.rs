//! Bounded time per request body: every body must arrive within a deadline and, after a short
//! grace period, at a minimum average rate; a body that is too slow is cut off (the handler sees
//! a payload error, and the connection is closed). Without this a client sending one byte a
//! second held a request, its buffers and a connection open for as long as it liked.
//!
//! The rate is the average since the request began, so a short stall on a good connection is
//! absorbed by what came before; a body that trickles never catches up.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use actix_web::dev::{Payload, ServiceRequest};
use actix_web::error::PayloadError;
use actix_web::rt::time::{sleep_until, Instant, Sleep};
use actix_web::web::Bytes;
use actix_web::HttpMessage;
use futures_util::Stream;

/// Time given to every body before the minimum rate applies (connection set-up, a slow start).
pub const GRACE: Duration = Duration::from_secs(5);

/// The limits, from the configuration (`BODY_TIMEOUT_SECS`, `BODY_MIN_BYTES_PER_SEC`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyLimits {
    /// The whole body must have arrived this long after the request began.
    pub deadline: Duration,
    /// After [`GRACE`], the average rate since the request began must stay at least this.
    pub min_bytes_per_sec: u64,
}

impl BodyLimits {
    /// Replaces the request's payload with one that enforces the limits.
    pub fn apply(self, req: &mut ServiceRequest) {
        let inner = req.take_payload();
        let started = Instant::now();
        let guarded = Guarded {
            inner,
            limits: self,
            started,
            received: 0,
            timer: Box::pin(sleep_until(started + GRACE)),
        };
        let boxed: Pin<Box<dyn Stream<Item = Result<Bytes, PayloadError>>>> = Box::pin(guarded);
        req.set_payload(Payload::from(boxed));
    }
}

struct Guarded {
    inner: Payload,
    limits: BodyLimits,
    started: Instant,
    received: u64,
    /// Fires when the body would be too late or too slow if nothing more arrived.
    timer: Pin<Box<Sleep>>,
}

impl Guarded {
    /// The moment the body is cut off unless more of it arrives first.
    fn cut_off_at(&self) -> Instant {
        let deadline = self.started + self.limits.deadline;
        let rate = self.limits.min_bytes_per_sec.max(1);
        // received / (t - started) >= rate  ⇔  t <= started + received / rate
        let by_rate =
            self.started + GRACE.max(Duration::from_secs_f64(self.received as f64 / rate as f64));
        deadline.min(by_rate)
    }
}

fn too_slow() -> PayloadError {
    PayloadError::Io(std::io::Error::new(
        std::io::ErrorKind::TimedOut,
        "request body too slow",
    ))
}

impl Stream for Guarded {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_next(cx) {
            Poll::Ready(Some(Ok(bytes))) => {
                this.received += bytes.len() as u64;
                let now = Instant::now();
                if now >= this.cut_off_at() {
                    tracing::debug!("request body cut off: too slow");
                    return Poll::Ready(Some(Err(too_slow())));
                }
                Poll::Ready(Some(Ok(bytes)))
            }
            Poll::Pending => {
                let at = this.cut_off_at();
                if this.timer.deadline() != at {
                    this.timer.as_mut().reset(at);
                }
                match this.timer.as_mut().poll(cx) {
                    Poll::Ready(()) => {
                        tracing::debug!("request body cut off: too slow");
                        Poll::Ready(Some(Err(too_slow())))
                    }
                    Poll::Pending => Poll::Pending,
                }
            }
            other => other,
        }
    }
}
