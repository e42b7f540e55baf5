//! The wall time of each step of a build or check (`--timings`), in the order they ran.

use std::time::{Duration, Instant};

/// Steps and how long each took; a step that runs again (a reload) adds to its time.
#[derive(Debug, Clone, Default)]
pub struct Timings {
    steps: Vec<(&'static str, Duration)>,
}

impl Timings {
    /// Runs `f` as the step `name`.
    pub fn step<T>(&mut self, name: &'static str, f: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let value = f();
        self.add(name, started.elapsed());
        value
    }

    pub fn add(&mut self, name: &'static str, elapsed: Duration) {
        match self.steps.iter_mut().find(|(n, _)| *n == name) {
            Some((_, total)) => *total += elapsed,
            None => self.steps.push((name, elapsed)),
        }
    }

    pub fn extend(&mut self, other: &Timings) {
        for &(name, elapsed) in &other.steps {
            self.add(name, elapsed);
        }
    }

    pub fn steps(&self) -> &[(&'static str, Duration)] {
        &self.steps
    }

    /// One line per step: `  markdown    0.412 s`.
    pub fn table(&self) -> String {
        let width = self.steps.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
        self.steps
            .iter()
            .map(|(name, elapsed)| format!("  {name:<width$}  {:>7.3} s\n", elapsed.as_secs_f64()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_keep_their_order_and_repeats_add_up() {
        let mut timings = Timings::default();
        timings.add("read", Duration::from_millis(5));
        timings.add("render", Duration::from_millis(20));
        timings.add("read", Duration::from_millis(5));
        assert_eq!(timings.steps(), [("read", Duration::from_millis(10)), ("render", Duration::from_millis(20))]);
        assert_eq!(timings.table(), "  read      0.010 s\n  render    0.020 s\n");
    }
}
