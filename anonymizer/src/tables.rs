//! What a release publishes: families of tables over the fully public domain.
//!
//! A family has dimensions (member state first, when it has one) and measures one or more
//! tables over them: its full cross ("detail") and coarser marginals. Every record falls in exactly one cell of every
//! table, so one organisation (at most k records) changes a count table by at most k in L1.
//! Tables without the member-state dimension are the EU level.

use domain::taxonomy::{
    List, ACTOR_TYPES, ATTACK_VECTORS, INCIDENT_CLASSES, LOSS_BANDS, MEMBER_STATES, SECTORS,
};

/// A categorical dimension with its public codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dim {
    MemberState,
    Sector,
    IncidentClass,
    AttackVector,
    ActorType,
    LossBand,
}

/// The loss band of a record without a loss estimate.
pub const NO_LOSS_BAND: &str = "not-given";

impl Dim {
    /// Column name in CSV files and cell keys.
    pub fn name(self) -> &'static str {
        match self {
            Dim::MemberState => "member_state",
            Dim::Sector => "sector",
            Dim::IncidentClass => "incident_class",
            Dim::AttackVector => "attack_vector",
            Dim::ActorType => "actor_type",
            Dim::LossBand => "loss_band",
        }
    }

    fn list(self) -> Option<&'static List> {
        match self {
            Dim::MemberState => Some(&MEMBER_STATES),
            Dim::Sector => Some(&SECTORS),
            Dim::IncidentClass => Some(&INCIDENT_CLASSES),
            Dim::AttackVector => Some(&ATTACK_VECTORS),
            Dim::ActorType => Some(&ACTOR_TYPES),
            Dim::LossBand => None,
        }
    }

    /// Number of codes (never zero).
    #[allow(clippy::len_without_is_empty)]
    pub fn len(self) -> usize {
        self.list().map_or(LOSS_BANDS.len() + 1, List::len)
    }

    /// The code at `i`, in the list's order (loss bands: "not-given" first, then ascending).
    pub fn code(self, i: usize) -> &'static str {
        match self.list() {
            Some(l) => l.codes.get(i).map_or("?", |c| c.code),
            None if i == 0 => NO_LOSS_BAND,
            None => LOSS_BANDS.get(i - 1).map_or("?", |b| b.1),
        }
    }

    /// The index of `code`, if it is one of the dimension's codes.
    pub fn index(self, code: &str) -> Option<usize> {
        match self.list() {
            Some(l) => l.codes.iter().position(|c| c.code == code),
            None if code == NO_LOSS_BAND => Some(0),
            None => LOSS_BANDS.iter().position(|b| b.1 == code).map(|i| i + 1),
        }
    }
}

/// What a family adds up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// Reports.
    Count,
    /// Estimated losses in whole euros, each clamped to the loss bound.
    LossSum,
    /// Jobs at risk, each clamped to the jobs bound.
    JobsSum,
}

/// One measured table: a subset of its family's dimensions and its share of the budget.
#[derive(Debug, Clone, PartialEq)]
pub struct TableSpec {
    pub name: &'static str,
    /// Indices into the family's dimensions, in order.
    pub dims: &'static [usize],
    /// Relative budget weight.
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    pub name: &'static str,
    pub dims: &'static [Dim],
    pub value: Value,
    pub tables: Vec<TableSpec>,
}

fn t(name: &'static str, dims: &'static [usize], weight: f64) -> TableSpec {
    TableSpec { name, dims, weight }
}

/// The families of a release. Changing them changes every future release's parameters.
///
/// The plan is set for usable figures at epsilon 1 per quarter and about 1,000 reports
/// (docs/BENCHMARKS.md, `bash bench/utility.sh`): most of the budget goes to the EU total, the
/// member-state counts and the EU loss total; the EU breakdowns (sector, attack vector,
/// incident class, actor type, loss band) get a modest share each; member-state breakdowns
/// beyond sectors (a member state's attack vectors, classes, ...) are not published: at this
/// volume their cells would be noise alone. Weights are in hundredths of the release's epsilon
/// (with [`TRUNCATION_WEIGHT`] they add up to 100).
pub fn families() -> Vec<Family> {
    use Dim::*;
    vec![
        Family {
            name: "incidents",
            dims: &[MemberState, Sector],
            value: Value::Count,
            tables: vec![
                t("count_total", &[], 12.0),
                t("count_member_state", &[0], 16.0),
                t("count_sector", &[1], 9.0),
                t("count_member_state_sector", &[0, 1], 4.0),
            ],
        },
        Family {
            name: "attack_vector",
            dims: &[AttackVector],
            value: Value::Count,
            tables: vec![t("count_attack_vector", &[0], 8.0)],
        },
        Family {
            name: "incident_class",
            dims: &[IncidentClass],
            value: Value::Count,
            tables: vec![t("count_incident_class", &[0], 7.0)],
        },
        Family {
            name: "actor_type",
            dims: &[ActorType],
            value: Value::Count,
            tables: vec![t("count_actor_type", &[0], 6.0)],
        },
        Family {
            name: "loss_band",
            dims: &[LossBand],
            value: Value::Count,
            tables: vec![t("count_loss_band", &[0], 6.0)],
        },
        Family {
            name: "loss",
            dims: &[MemberState],
            value: Value::LossSum,
            tables: vec![
                t("loss_sum_total", &[], 17.0),
                t("loss_sum_member_state", &[0], 5.0),
            ],
        },
        Family {
            name: "jobs",
            dims: &[],
            value: Value::JobsSum,
            tables: vec![t("jobs_sum_total", &[], 6.0)],
        },
    ]
}

/// The budget weight of the truncation table (reports dropped by truncation, one cell).
pub const TRUNCATION_WEIGHT: f64 = 4.0;
pub const TRUNCATION_TABLE: &str = "truncated_reports";

/// Cell layout of a family: sizes of its dimensions, row-major with the first slowest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub sizes: Vec<usize>,
}

impl Layout {
    pub fn of(family: &Family) -> Layout {
        Layout {
            sizes: family.dims.iter().map(|d| d.len()).collect(),
        }
    }

    /// Number of detail cells.
    pub fn cells(&self) -> usize {
        self.sizes.iter().product()
    }

    /// Coordinates of detail cell `i`.
    pub fn coords(&self, mut i: usize) -> Vec<usize> {
        let mut c = vec![0; self.sizes.len()];
        for (d, size) in self.sizes.iter().enumerate().rev() {
            c[d] = i % size;
            i /= size;
        }
        c
    }

    /// Number of cells of a table over `dims`.
    pub fn table_cells(&self, dims: &[usize]) -> usize {
        dims.iter().map(|&d| self.sizes[d]).product()
    }

    /// For every detail cell, the index of the table cell (over `dims`) it falls in.
    pub fn projection(&self, dims: &[usize]) -> Vec<u32> {
        (0..self.cells())
            .map(|i| {
                let c = self.coords(i);
                dims.iter()
                    .fold(0usize, |acc, &d| acc * self.sizes[d] + c[d]) as u32
            })
            .collect()
    }
}

/// The key of cell `index` of a table over `dims` of `family`: `dim=code` pairs joined by `;`,
/// or `total` for a table without dimensions.
pub fn cell_key(family: &Family, dims: &[usize], mut index: usize) -> String {
    if dims.is_empty() {
        return "total".to_string();
    }
    let mut parts = vec![String::new(); dims.len()];
    for (pos, &d) in dims.iter().enumerate().rev() {
        let dim = family.dims[d];
        let size = dim.len();
        parts[pos] = format!("{}={}", dim.name(), dim.code(index % size));
        index /= size;
    }
    parts.join(";")
}
