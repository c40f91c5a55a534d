//! The second look of the alignment. The first compares each film's colors scaled to its own
//! spread, which ignores a global grade but also shifts with what the film holds: a copy with
//! a long scene cut out, or trimmed, has other statistics, and its remaining scenes look a
//! little unlike themselves. So the grade is measured on the first alignment's matches — an
//! affine map of Oklab taking B's mean colors to A's, held near "no change" where the matches
//! do not pin it — and the second alignment compares A's colors with B's regraded ones, both
//! on one scale.

/// An affine map of Oklab: `matrix · color + offset`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Affine {
    /// Rows of the linear part.
    pub matrix: [[f64; 3]; 3],
    /// The offset.
    pub offset: [f64; 3],
}

impl Affine {
    /// No change.
    pub const IDENTITY: Affine =
        Affine { matrix: [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], offset: [0.0; 3] };

    /// The map applied to a color.
    pub fn apply(&self, c: [f32; 3]) -> [f32; 3] {
        std::array::from_fn(|r| {
            let row = self.matrix[r];
            (row[0] * f64::from(c[0]) + row[1] * f64::from(c[1]) + row[2] * f64::from(c[2]) + self.offset[r])
                as f32
        })
    }
}

/// How strongly the map is held to "no change", against the matches' evidence: as if every
/// unit direction of color had this many pairs (of spread 0.05) saying so.
const PRIOR_PAIRS: f64 = 20.0;

/// Least squares of `to ≈ M · from + t` over the pairs, with a ridge pulling M toward the
/// identity (a film of few colors pins only some directions). Solved by hand: three 4×4
/// normal equations.
pub fn fit(pairs: &[([f32; 3], [f32; 3])]) -> Affine {
    if pairs.len() < 3 {
        return Affine::IDENTITY;
    }
    let ridge = PRIOR_PAIRS * 0.05 * 0.05;
    // Normal matrix of [from, 1], shared by the three rows.
    let mut normal = [[0.0f64; 4]; 4];
    let mut right = [[0.0f64; 4]; 3];
    for (from, to) in pairs {
        let x = [f64::from(from[0]), f64::from(from[1]), f64::from(from[2]), 1.0];
        for i in 0..4 {
            for j in 0..4 {
                normal[i][j] += x[i] * x[j];
            }
            for (r, row) in right.iter_mut().enumerate() {
                row[i] += x[i] * f64::from(to[r]);
            }
        }
    }
    for (i, row) in normal.iter_mut().enumerate().take(3) {
        row[i] += ridge;
    }
    let mut map = Affine::IDENTITY;
    for (r, rhs) in right.iter_mut().enumerate() {
        // The ridge pulls row r toward the identity's row.
        rhs[r] += ridge;
        let Some(solution) = solve(normal, *rhs) else { return Affine::IDENTITY };
        map.matrix[r] = [solution[0], solution[1], solution[2]];
        map.offset[r] = solution[3];
    }
    map
}

/// Gaussian elimination with partial pivoting; `None` for a singular system.
fn solve(mut a: [[f64; 4]; 4], mut b: [f64; 4]) -> Option<[f64; 4]> {
    for col in 0..4 {
        let pivot = (col..4).max_by(|&x, &y| a[x][col].abs().total_cmp(&a[y][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        let pivot_row = a[col];
        for row in col + 1..4 {
            let f = a[row][col] / pivot_row[col];
            for (x, p) in a[row].iter_mut().zip(pivot_row).skip(col) {
                *x -= f * p;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; 4];
    for row in (0..4).rev() {
        let sum: f64 = (row + 1..4).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - sum) / a[row][row];
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_grade_is_recovered() {
        // Darker by 0.05, a–b scaled by 0.8 and turned 15°.
        let (s, c) = 15f64.to_radians().sin_cos();
        let grade = Affine {
            matrix: [[1.0, 0.0, 0.0], [0.0, 0.8 * c, -0.8 * s], [0.0, 0.8 * s, 0.8 * c]],
            offset: [-0.05, 0.0, 0.0],
        };
        let colors: Vec<[f32; 3]> = (0..200)
            .map(|i| {
                let i = i as f32;
                [0.2 + 0.6 * (i * 0.37).sin().abs(), 0.15 * (i * 0.91).sin(), 0.15 * (i * 1.3).cos()]
            })
            .collect();
        let pairs: Vec<([f32; 3], [f32; 3])> = colors.iter().map(|&a| (grade.apply(a), a)).collect();
        // Fitted from B (graded) to A: the inverse of the grade.
        let back = fit(&pairs);
        for &a in &colors {
            let again = back.apply(grade.apply(a));
            assert!((0..3).all(|k| (again[k] - a[k]).abs() < 0.01), "{a:?} {again:?}");
        }
    }

    #[test]
    fn few_colors_leave_the_rest_unchanged() {
        // Only two colors, matched to themselves: nothing to change anywhere.
        let pairs = vec![([0.5, 0.1, 0.0], [0.5, 0.1, 0.0]); 50]
            .into_iter()
            .chain(vec![([0.3, -0.05, -0.1], [0.3, -0.05, -0.1]); 50])
            .collect::<Vec<_>>();
        let map = fit(&pairs);
        let other = [0.8, 0.0, 0.15];
        let mapped = map.apply(other);
        assert!((0..3).all(|k| (mapped[k] - other[k]).abs() < 0.02), "{mapped:?}");
        assert_eq!(fit(&[]), Affine::IDENTITY);
    }
}
