//! Bounding each privacy unit's contribution: at most k reports per organisation per quarter.
//!
//! Which reports an organisation keeps is decided by a keyed hash of the report id, never by
//! the reports' values, so truncation does not bias the tables towards any kind of report.
//! This runs in our code before OpenDP; every measurement's sensitivity assumes it.

use crate::records::Rec;

/// What truncation did (exact; only its noisy form is published).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Truncation {
    pub units: usize,
    pub units_truncated: usize,
    pub reports_dropped: usize,
    /// Reports dropped, counting at most k per unit: the quantity measured with noise.
    pub reports_dropped_bounded: usize,
}

/// Keeps at most `k` records per unit; returns the kept records and what was dropped.
pub fn truncate(mut records: Vec<Rec>, k: usize) -> (Vec<Rec>, Truncation) {
    records.sort_unstable_by(|a, b| a.unit.cmp(&b.unit).then(a.order.cmp(&b.order)));
    let mut t = Truncation::default();
    let mut kept = Vec::with_capacity(records.len());
    let mut run = 0usize;
    let mut previous: Option<[u8; 16]> = None;
    for r in records {
        if previous != Some(r.unit) {
            let dropped = run.saturating_sub(k);
            t.close_unit(dropped, k);
            previous = Some(r.unit);
            run = 0;
            t.units += 1;
        }
        run += 1;
        if run <= k {
            kept.push(r);
        }
    }
    t.close_unit(run.saturating_sub(k), k);
    (kept, t)
}

impl Truncation {
    fn close_unit(&mut self, dropped: usize, k: usize) {
        if dropped > 0 {
            self.units_truncated += 1;
            self.reports_dropped += dropped;
            self.reports_dropped_bounded += dropped.min(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(unit: u8, order: u8) -> Rec {
        Rec {
            unit: [unit; 16],
            order: [order; 16],
            member_state: 0,
            sector: 0,
            incident_class: 0,
            attack_vector: 0,
            actor_type: 0,
            loss_band: 0,
            loss_eur: None,
            jobs_at_risk: None,
        }
    }

    #[test]
    fn keeps_at_most_k_per_unit_by_order() {
        let mut rs: Vec<Rec> = (0..10).map(|o| rec(1, 10 - o)).collect();
        rs.push(rec(2, 0));
        rs.push(rec(3, 0));
        rs.push(rec(3, 1));
        let (kept, t) = truncate(rs, 3);
        assert_eq!(kept.len(), 3 + 1 + 2);
        let unit1: Vec<u8> = kept
            .iter()
            .filter(|r| r.unit == [1; 16])
            .map(|r| r.order[0])
            .collect();
        assert_eq!(unit1, vec![1, 2, 3], "the lowest keyed orders are kept");
        assert_eq!(
            t,
            Truncation {
                units: 3,
                units_truncated: 1,
                reports_dropped: 7,
                reports_dropped_bounded: 3
            }
        );
    }
}
