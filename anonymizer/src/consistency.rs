//! Post-processing one family: inverse-variance weighted least squares over all its tables,
//! then non-negative integers distributed from the total down each EU table to its member
//! states, so that every EU cell is the sum of its member-state cells.
//!
//! The unknowns are the family's detail cells `x`. Table `t` measured `y_t = A_t x + noise`
//! with per-cell variance `v_t`; the estimate minimizes `Σ_t |y_t - A_t x|² / v_t`, solved by
//! conjugate gradients on the normal equations (matrix-free: `A_t` sums detail cells into the
//! table's cells). Every table is then read off the one estimate, so an EU cell equals the sum
//! of its member-state cells by construction. Post-processing uses no data beyond the noisy
//! measurements and public scales, so it costs no privacy.

use crate::tables::Layout;

/// One measured table of the family.
pub struct Measured<'a> {
    /// Family dimensions the table keeps.
    pub dims: &'a [usize],
    pub noisy: &'a [f64],
    /// Variance of each noisy cell.
    pub variance: f64,
}

struct Operator {
    projections: Vec<Vec<u32>>,
    sizes: Vec<usize>,
    weights: Vec<f64>,
}

impl Operator {
    fn new(layout: &Layout, tables: &[Measured<'_>]) -> Operator {
        Operator {
            projections: tables.iter().map(|t| layout.projection(t.dims)).collect(),
            sizes: tables.iter().map(|t| layout.table_cells(t.dims)).collect(),
            weights: tables.iter().map(|t| 1.0 / t.variance.max(1e-12)).collect(),
        }
    }

    /// `out = Σ_t w_t A_tᵀ A_t v`.
    fn apply(&self, v: &[f64], out: &mut [f64]) {
        out.iter_mut().for_each(|o| *o = 0.0);
        for ((proj, &size), &w) in self.projections.iter().zip(&self.sizes).zip(&self.weights) {
            let mut agg = vec![0.0; size];
            for (i, &c) in proj.iter().enumerate() {
                agg[c as usize] += v[i];
            }
            for (i, &c) in proj.iter().enumerate() {
                out[i] += w * agg[c as usize];
            }
        }
    }

    /// `Σ_t w_t A_tᵀ y_t`.
    fn rhs(&self, tables: &[Measured<'_>], n: usize) -> Vec<f64> {
        let mut b = vec![0.0; n];
        for ((proj, t), &w) in self.projections.iter().zip(tables).zip(&self.weights) {
            for (i, &c) in proj.iter().enumerate() {
                b[i] += w * t.noisy[c as usize];
            }
        }
        b
    }

    /// Solves `M x = b` by conjugate gradients (M is symmetric positive definite as long as
    /// the detail table is measured).
    fn solve(&self, b: &[f64], start: Vec<f64>) -> Vec<f64> {
        let n = b.len();
        let mut x = start;
        let mut mx = vec![0.0; n];
        self.apply(&x, &mut mx);
        let mut r: Vec<f64> = b.iter().zip(&mx).map(|(b, m)| b - m).collect();
        let mut p = r.clone();
        let mut rr: f64 = r.iter().map(|v| v * v).sum();
        let bb: f64 = b.iter().map(|v| v * v).sum::<f64>().max(1e-300);
        let mut mp = vec![0.0; n];
        for _ in 0..(10 * n).max(100) {
            if rr <= 1e-24 * bb {
                break;
            }
            self.apply(&p, &mut mp);
            let pmp: f64 = p.iter().zip(&mp).map(|(a, b)| a * b).sum();
            if pmp <= 0.0 {
                break;
            }
            let alpha = rr / pmp;
            for i in 0..n {
                x[i] += alpha * p[i];
                r[i] -= alpha * mp[i];
            }
            let rr_new: f64 = r.iter().map(|v| v * v).sum();
            let beta = rr_new / rr;
            rr = rr_new;
            for i in 0..n {
                p[i] = r[i] + beta * p[i];
            }
        }
        x
    }
}

/// The weighted least-squares estimate of the detail cells. The first table must be the detail
/// table (all dimensions).
pub fn estimate(layout: &Layout, tables: &[Measured<'_>]) -> Vec<f64> {
    let op = Operator::new(layout, tables);
    let n = layout.cells();
    let b = op.rhs(tables, n);
    let start = tables
        .iter()
        .find(|t| t.dims.len() == layout.sizes.len())
        .map_or_else(|| vec![0.0; n], |t| t.noisy.to_vec());
    op.solve(&b, start)
}

/// The variance of one cell of each table read off the estimate. The design is symmetric
/// within every dimension (all cells of a table are measured alike), so every cell of a table
/// has the same variance: it is computed once per table, for its first cell.
pub fn cell_variances(layout: &Layout, tables: &[Measured<'_>], targets: &[&[usize]]) -> Vec<f64> {
    let op = Operator::new(layout, tables);
    let n = layout.cells();
    targets
        .iter()
        .map(|dims| {
            let proj = layout.projection(dims);
            let a: Vec<f64> = proj.iter().map(|&c| f64::from(u8::from(c == 0))).collect();
            let z = op.solve(&a, vec![0.0; n]);
            a.iter().zip(&z).map(|(a, z)| a * z).sum::<f64>().max(0.0)
        })
        .collect()
}

/// Sums detail values into the cells of a table over `dims`.
pub fn aggregate<T: Copy + std::iter::Sum<T> + std::ops::AddAssign + Default>(
    layout: &Layout,
    detail: &[T],
    dims: &[usize],
) -> Vec<T> {
    let mut out = vec![T::default(); layout.table_cells(dims)];
    for (i, &c) in layout.projection(dims).iter().enumerate() {
        out[c as usize] += detail[i];
    }
    out
}

/// The table a table's cells are distributed from: the total for a one-dimension table;
/// for a member-state breakdown of a measured EU table, that EU table (so every EU cell is
/// the sum of its member-state cells); otherwise the table without its last dimension.
fn parent_of(dims: &[usize], measured: &[&[usize]]) -> Option<Vec<usize>> {
    match dims {
        [] => None,
        [_] => Some(Vec::new()),
        [0, rest @ ..] if measured.contains(&rest) => Some(rest.to_vec()),
        _ => Some(dims[..dims.len() - 1].to_vec()),
    }
}

/// For every cell of a table over `dims`, the index of its cell in the table over `parent`
/// (a subsequence of `dims`).
fn parent_cells(layout: &Layout, dims: &[usize], parent: &[usize]) -> Vec<usize> {
    let n = layout.table_cells(dims);
    (0..n)
        .map(|mut i| {
            let mut coords = vec![0usize; layout.sizes.len()];
            for &d in dims.iter().rev() {
                coords[d] = i % layout.sizes[d];
                i /= layout.sizes[d];
            }
            parent
                .iter()
                .fold(0usize, |acc, &d| acc * layout.sizes[d] + coords[d])
        })
        .collect()
}

/// Published values of the tables over `targets`: non-negative integers, each within about
/// one unit of its least-squares estimate unless that estimate is below zero. The total is
/// `total`; every other table's cells are distributed from their parent's (see [`parent_of`]):
/// the non-negative integers closest to their estimates that add up to the parent cell. The
/// estimates already add up exactly, so the distribution only moves a cell where siblings'
/// estimates fall below zero, and only by their share; unlike rounding down one hierarchy from
/// the sparse detail table, no EU breakdown is read off thousands of clamped noisy cells.
pub fn distribute(
    layout: &Layout,
    detail: &[f64],
    targets: &[&[usize]],
    total: i64,
) -> Vec<Vec<i64>> {
    use std::collections::HashMap;
    fn values(
        layout: &Layout,
        detail: &[f64],
        dims: &[usize],
        targets: &[&[usize]],
        total: i64,
        memo: &mut HashMap<Vec<usize>, Vec<i64>>,
    ) -> Vec<i64> {
        if let Some(v) = memo.get(dims) {
            return v.clone();
        }
        let out = match parent_of(dims, targets) {
            None => vec![total.max(0)],
            Some(parent) => {
                let parent_values = values(layout, detail, &parent, targets, total, memo);
                let estimates = aggregate(layout, detail, dims);
                let of = parent_cells(layout, dims, &parent);
                let mut groups: Vec<Vec<usize>> = vec![Vec::new(); parent_values.len()];
                for (i, &p) in of.iter().enumerate() {
                    groups[p].push(i);
                }
                let mut out = vec![0i64; estimates.len()];
                for (p, members) in groups.iter().enumerate() {
                    let e: Vec<f64> = members.iter().map(|&i| estimates[i]).collect();
                    for (&i, v) in members.iter().zip(project_round(&e, parent_values[p])) {
                        out[i] = v;
                    }
                }
                out
            }
        };
        memo.insert(dims.to_vec(), out.clone());
        out
    }
    let mut memo = HashMap::new();
    targets
        .iter()
        .map(|dims| values(layout, detail, dims, targets, total, &mut memo))
        .collect()
}

/// Non-negative integers adding up to `total`, closest (in L2) to `estimates`: projection onto
/// the scaled simplex, then largest-remainder rounding.
pub fn project_round(estimates: &[f64], total: i64) -> Vec<i64> {
    let n = estimates.len();
    if n == 0 {
        return Vec::new();
    }
    let target = total.max(0) as f64;
    // Projection: y_i = max(0, e_i - tau) with Σ y = target.
    let mut sorted: Vec<f64> = estimates.to_vec();
    sorted.sort_unstable_by(|a, b| b.total_cmp(a));
    let mut cumulative = 0.0;
    let mut tau = (sorted[0] - target).max(f64::MIN);
    for (i, &s) in sorted.iter().enumerate() {
        cumulative += s;
        let t = (cumulative - target) / (i + 1) as f64;
        if i + 1 == n || sorted[i + 1] <= t {
            tau = t;
            break;
        }
    }
    let y: Vec<f64> = estimates.iter().map(|e| (e - tau).max(0.0)).collect();
    let mut out: Vec<i64> = y.iter().map(|v| v.floor() as i64).collect();
    let mut missing = total.max(0) - out.iter().sum::<i64>();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let ra = y[a] - y[a].floor();
        let rb = y[b] - y[b].floor();
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    let mut i = 0;
    while missing > 0 {
        out[order[i % n]] += 1;
        missing -= 1;
        i += 1;
    }
    while missing < 0 {
        // Only from float error: take from the largest cells.
        let j = (0..n).max_by_key(|&j| out[j]).unwrap_or(0);
        out[j] -= 1;
        missing += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_keeps_the_total_and_non_negativity() {
        let r = project_round(&[10.4, -3.0, 2.6, 0.2], 12);
        assert_eq!(r.iter().sum::<i64>(), 12);
        assert!(r.iter().all(|&v| v >= 0));
        assert_eq!(r[1], 0);
        assert_eq!(project_round(&[-5.0, -6.0], 0), vec![0, 0]);
        assert_eq!(project_round(&[-5.0, -6.0], 3).iter().sum::<i64>(), 3);
    }

    #[test]
    fn weighted_least_squares_makes_margins_add_up() {
        let layout = Layout { sizes: vec![3, 2] };
        let detail = [5.0, 1.0, -2.0, 7.0, 3.0, 0.0];
        let by_first = [7.0, 4.0, 2.0];
        let by_second = [5.0, 9.0];
        let total = [16.0];
        let tables = [
            Measured {
                dims: &[0, 1],
                noisy: &detail,
                variance: 4.0,
            },
            Measured {
                dims: &[0],
                noisy: &by_first,
                variance: 4.0,
            },
            Measured {
                dims: &[1],
                noisy: &by_second,
                variance: 4.0,
            },
            Measured {
                dims: &[],
                noisy: &total,
                variance: 4.0,
            },
        ];
        let x = estimate(&layout, &tables);
        // Matches the dense normal-equation solution within float error.
        let agg0 = aggregate(&layout, &x, &[0]);
        let t: f64 = x.iter().sum();
        assert!((agg0.iter().sum::<f64>() - t).abs() < 1e-9);
        // Estimates pull towards the margins: the residuals are balanced.
        let v = cell_variances(&layout, &tables, &[&[0, 1], &[]]);
        assert!(v[0] < 4.0 && v[1] < 4.0, "{v:?}");
        let targets: [&[usize]; 4] = [&[0, 1], &[0], &[1], &[]];
        let v = distribute(&layout, &x, &targets, t.round() as i64);
        for table in &v {
            assert!(table.iter().all(|&c| c >= 0));
            assert_eq!(table.iter().sum::<i64>(), t.round() as i64);
        }
        // The breakdown by the first dimension (the member states) is distributed from the
        // second dimension's measured table: its cells add up to that table's.
        assert_eq!(aggregate(&layout, &v[0], &[1]), v[2]);
    }
}
