//! Matching needs and partners: a pure, deterministic score with its reasons in words.
//!
//! A pair scores only when the partner offers the need's pillar; a different pillar is never a
//! match. The score is the sum of the points of its reasons, so every point shown can be
//! explained to the people it is shown to. Ties are broken by id, so the same data always gives
//! the same list.

use crate::fold::fold;
use crate::vocab::Pillar;

/// A skill as people wrote it, with its folded form for comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skill {
    /// The spelling shown to people.
    pub name: String,
    /// `fold(name)`, trimmed: `Barrierefreiheit` and `BARRIEREFREIHEIT` are one skill.
    pub key: String,
}

impl Skill {
    /// A skill from its written name.
    pub fn new(name: &str) -> Self {
        let name = name.trim().to_string();
        Skill { key: fold(&name), name }
    }
}

/// What matching knows of an open need and its project.
#[derive(Clone, Debug, Default)]
pub struct NeedFacts {
    /// The need's id, for ranking ties.
    pub id: i32,
    /// The pillar it belongs to.
    pub pillar: Option<Pillar>,
    /// Skills wanted.
    pub skills: Vec<Skill>,
    /// Hours per month it takes; `None` for a one-off task or money.
    pub hours_per_month: Option<u32>,
    /// Euros per year it costs, for a financial need.
    pub amount_eur: Option<u32>,
    /// Whether it suits a newcomer.
    pub newcomer: bool,
    /// The project's category key.
    pub category: String,
    /// The project's district keys.
    pub districts: Vec<String>,
}

/// What matching knows of a partner profile.
#[derive(Clone, Debug, Default)]
pub struct PartnerFacts {
    /// The profile's id, for ranking ties.
    pub id: i32,
    /// Pillars offered.
    pub pillars: Vec<Pillar>,
    /// Skills offered.
    pub skills: Vec<Skill>,
    /// Hours per month on offer.
    pub hours_per_month: Option<u32>,
    /// Euros per year on offer.
    pub budget_eur: Option<u32>,
    /// Category keys the partner cares about.
    pub categories: Vec<String>,
    /// District keys the partner is at home in.
    pub districts: Vec<String>,
}

/// One reason a pair matches, with the points it adds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The partner offers the need's pillar.
    Pillar(Pillar),
    /// Some wanted skills are offered.
    Skills {
        /// The need's spellings of the skills the partner has.
        matched: Vec<String>,
        /// How many the need wants.
        wanted: usize,
    },
    /// The partner's hours cover the need's hours, or part of them.
    Hours {
        /// Hours offered per month.
        offered: u32,
        /// Hours needed per month.
        needed: u32,
    },
    /// The partner's budget covers the yearly amount, or part of it.
    Budget {
        /// Euros per year offered.
        offered: u32,
        /// Euros per year needed.
        needed: u32,
    },
    /// The partner cares about the project's category.
    Category(String),
    /// The partner is at home in a district the project serves.
    District(String),
    /// The need suits a newcomer.
    Newcomer,
}

/// Points for each kind of reason; the pillar dominates, skills weigh most after it.
const PILLAR: u32 = 40;
const SKILLS: u32 = 30;
const HOURS: u32 = 10;
const BUDGET: u32 = 15;
const CATEGORY: u32 = 10;
const DISTRICT: u32 = 5;
const NEWCOMER: u32 = 5;

impl Reason {
    /// The points this reason adds to the score.
    pub fn points(&self) -> u32 {
        match self {
            Reason::Pillar(_) => PILLAR,
            Reason::Skills { matched, wanted } => {
                share(SKILLS, matched.len() as u32, *wanted as u32)
            }
            Reason::Hours { offered, needed } => share(HOURS, *offered, *needed),
            Reason::Budget { offered, needed } => share(BUDGET, *offered, *needed),
            Reason::Category(_) => CATEGORY,
            Reason::District(_) => DISTRICT,
            Reason::Newcomer => NEWCOMER,
        }
    }
}

/// A score with the reasons that make it up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// The sum of the reasons' points.
    pub score: u32,
    /// Why, strongest first as they were found.
    pub reasons: Vec<Reason>,
}

/// `full` points scaled by how much of `needed` is `offered`, capped at `full`.
fn share(full: u32, offered: u32, needed: u32) -> u32 {
    if needed == 0 {
        return 0;
    }
    let capped = offered.min(needed) as u64;
    (full as u64 * capped / needed as u64) as u32
}

/// Scores a pair; `None` when the partner does not offer the need's pillar.
pub fn score(need: &NeedFacts, partner: &PartnerFacts) -> Option<Match> {
    let pillar = need.pillar?;
    if !partner.pillars.contains(&pillar) {
        return None;
    }
    let mut reasons = vec![Reason::Pillar(pillar)];
    let matched: Vec<String> = need
        .skills
        .iter()
        .filter(|wanted| partner.skills.iter().any(|offered| offered.key == wanted.key))
        .map(|skill| skill.name.clone())
        .collect();
    if !matched.is_empty() {
        reasons.push(Reason::Skills { matched, wanted: need.skills.len() });
    }
    if let (Some(needed), Some(offered)) = (need.hours_per_month, partner.hours_per_month)
        && needed > 0
        && offered > 0
        && pillar != Pillar::Financial
    {
        reasons.push(Reason::Hours { offered, needed });
    }
    if let (Some(needed), Some(offered)) = (need.amount_eur, partner.budget_eur)
        && needed > 0
        && offered > 0
        && pillar == Pillar::Financial
    {
        reasons.push(Reason::Budget { offered, needed });
    }
    if partner.categories.contains(&need.category) {
        reasons.push(Reason::Category(need.category.clone()));
    }
    if let Some(district) = need.districts.iter().find(|d| partner.districts.contains(d)) {
        reasons.push(Reason::District(district.clone()));
    }
    if need.newcomer {
        reasons.push(Reason::Newcomer);
    }
    let score = reasons.iter().map(Reason::points).sum();
    Some(Match { score, reasons })
}

/// The best `limit` partners for a need: highest score first, ties by lower id.
pub fn rank_partners<'a>(
    need: &NeedFacts,
    partners: &'a [PartnerFacts],
    limit: usize,
) -> Vec<(&'a PartnerFacts, Match)> {
    let mut found: Vec<_> =
        partners.iter().filter_map(|p| score(need, p).map(|m| (p, m))).collect();
    found.sort_by(|(a, ma), (b, mb)| mb.score.cmp(&ma.score).then(a.id.cmp(&b.id)));
    found.truncate(limit);
    found
}

/// The best `limit` open needs for a partner: highest score first, ties by lower id.
pub fn rank_needs<'a>(
    partner: &PartnerFacts,
    needs: &'a [NeedFacts],
    limit: usize,
) -> Vec<(&'a NeedFacts, Match)> {
    let mut found: Vec<_> =
        needs.iter().filter_map(|n| score(n, partner).map(|m| (n, m))).collect();
    found.sort_by(|(a, ma), (b, mb)| mb.score.cmp(&ma.score).then(a.id.cmp(&b.id)));
    found.truncate(limit);
    found
}

/// Reads a comma- or line-separated list of skills: trimmed, blanks dropped, each skill once
/// (by its folded form, keeping the first spelling).
pub fn parse_skills(raw: &str) -> Vec<Skill> {
    let mut skills: Vec<Skill> = Vec::new();
    for part in raw.split([',', ';', '\n']) {
        let skill = Skill::new(part);
        if !skill.key.is_empty() && !skills.iter().any(|s| s.key == skill.key) {
            skills.push(skill);
        }
    }
    skills
}

#[cfg(test)]
#[path = "matching_tests.rs"]
mod tests;
