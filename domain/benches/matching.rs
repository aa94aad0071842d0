//! Ranks 10,000 partners for one need and 10,000 needs for one partner, the sizes issue #5
//! names. Run with `cargo bench -p domain --features server --bench matching`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use domain::Pillar;
use domain::matching::{NeedFacts, PartnerFacts, Skill, rank_needs, rank_partners};

const SKILLS: &[&str] = &[
    "Rust",
    "Flutter",
    "UX",
    "Barrierefreiheit",
    "Server-Betrieb",
    "Datenaufbereitung",
    "Redaktion",
    "Öffentlichkeitsarbeit",
    "Recht",
    "Python",
    "JavaScript",
    "Kartografie",
];
const CATEGORIES: &[&str] =
    &["umwelt-klima", "mobilitaet", "politik-transparenz", "buergerservice"];
const DISTRICTS: &[&str] = &["mitte", "nord", "ost", "west", "hiltrup", "gesamtstaedtisch"];
const PILLARS: [Pillar; 3] = [Pillar::Content, Pillar::Technical, Pillar::Financial];

/// A cheap, repeatable spread of picks, so every run ranks the same data.
fn pick<'a>(list: &'a [&'a str], seed: usize, count: usize) -> Vec<&'a str> {
    (0..count).map(|k| list[(seed * 7 + k * 5) % list.len()]).collect()
}

fn partner(i: usize) -> PartnerFacts {
    PartnerFacts {
        id: i as i32,
        pillars: vec![PILLARS[i % 3], PILLARS[(i / 3) % 3]],
        skills: pick(SKILLS, i, 1 + i % 5).into_iter().map(Skill::new).collect(),
        hours_per_month: Some((i % 20) as u32),
        budget_eur: Some((i % 7) as u32 * 100),
        categories: pick(CATEGORIES, i, 1 + i % 2).into_iter().map(String::from).collect(),
        districts: pick(DISTRICTS, i, 1).into_iter().map(String::from).collect(),
    }
}

fn need(i: usize) -> NeedFacts {
    NeedFacts {
        id: i as i32,
        pillar: Some(PILLARS[i % 3]),
        skills: pick(SKILLS, i + 3, 1 + i % 4).into_iter().map(Skill::new).collect(),
        hours_per_month: Some((i % 12) as u32),
        amount_eur: Some((i % 9) as u32 * 60),
        newcomer: i % 4 == 0,
        category: CATEGORIES[i % CATEGORIES.len()].to_string(),
        districts: pick(DISTRICTS, i + 1, 1 + i % 2).into_iter().map(String::from).collect(),
    }
}

fn ranking(c: &mut Criterion) {
    let partners: Vec<PartnerFacts> = (0..10_000).map(partner).collect();
    let needs: Vec<NeedFacts> = (0..10_000).map(need).collect();
    let one_need = need(1);
    let one_partner = partner(4);
    c.bench_function("10.000 Pat:innen für einen Bedarf", |b| {
        b.iter(|| rank_partners(black_box(&one_need), black_box(&partners), 10))
    });
    c.bench_function("10.000 Bedarfe für eine:n Pat:in", |b| {
        b.iter(|| rank_needs(black_box(&one_partner), black_box(&needs), 10))
    });
}

criterion_group!(benches, ranking);
criterion_main!(benches);
