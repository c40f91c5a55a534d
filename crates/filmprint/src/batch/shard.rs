//! `--shard I/N`: the I-th of N slices of a batch, so an existing scheduler (a Slurm job array,
//! a Kubernetes Indexed Job) can spread a library over machines. Films are dealt round-robin
//! in the order of their output names, which every machine computes the same from the same
//! inputs, so the N shards together take every film exactly once and differ in size by at
//! most one film.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// One slice of N, numbered from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Shard {
    /// Which slice, 1..=count.
    pub index: u32,
    /// How many slices.
    pub count: u32,
}

impl Shard {
    /// The positions (into `names`) of the films this shard takes.
    pub fn select(&self, names: &[String]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..names.len()).collect();
        order.sort_by(|&a, &b| names[a].cmp(&names[b]));
        let (index, count) = (self.index as usize, self.count as usize);
        let mut mine: Vec<usize> = order
            .into_iter()
            .enumerate()
            .filter(|(rank, _)| rank % count == index - 1)
            .map(|(_, i)| i)
            .collect();
        mine.sort_unstable();
        mine
    }
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let invalid =
            || format!("'{text}' is not a shard: write I/N, e.g. 3/8 for the third of eight (I from 1 to N)");
        let (i, n) = text.trim().split_once('/').ok_or_else(invalid)?;
        let parse =
            |s: &str| s.trim().parse::<u32>().ok().filter(|_| s.trim().bytes().all(|b| b.is_ascii_digit()));
        let (index, count) = (parse(i).ok_or_else(invalid)?, parse(n).ok_or_else(invalid)?);
        if count == 0 || index == 0 || index > count {
            return Err(format!("'{text}': the shard number must be between 1 and the number of shards"));
        }
        Ok(Shard { index, count })
    }
}

impl TryFrom<String> for Shard {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        text.parse()
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl From<Shard> for String {
    fn from(shard: Shard) -> String {
        shard.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_and_refuse_nonsense() {
        assert_eq!("3/8".parse(), Ok(Shard { index: 3, count: 8 }));
        assert_eq!(" 1 / 1 ".parse(), Ok(Shard { index: 1, count: 1 }));
        for bad in ["", "3", "0/4", "5/4", "1/0", "-1/4", "+1/4", "a/b", "1/4/2", "1.5/4"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad:?}");
        }
        assert_eq!(Shard { index: 2, count: 5 }.to_string(), "2/5");
    }

    #[test]
    fn n_shards_take_every_film_exactly_once_in_near_equal_parts() {
        for films in [0, 1, 2, 7, 100, 1001] {
            let names: Vec<String> = (0..films).map(|i| format!("film {:04}", (i * 7919) % 10007)).collect();
            for count in 1..=9 {
                let mut taken = vec![0; films];
                let mut sizes = Vec::new();
                for index in 1..=count {
                    let mine = Shard { index, count }.select(&names);
                    sizes.push(mine.len());
                    for i in mine {
                        taken[i] += 1;
                    }
                }
                assert!(taken.iter().all(|&t| t == 1), "{films} films, {count} shards: {taken:?}");
                let (min, max) = (sizes.iter().min(), sizes.iter().max());
                assert!(max.zip(min).is_none_or(|(max, min)| max - min <= 1), "{sizes:?}");
            }
        }
    }
}
