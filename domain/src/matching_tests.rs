use proptest::prelude::*;

use super::*;

fn skills(list: &[&str]) -> Vec<Skill> {
    list.iter().map(|s| Skill::new(s)).collect()
}

fn tech_need() -> NeedFacts {
    NeedFacts {
        id: 7,
        pillar: Some(Pillar::Technical),
        skills: skills(&["Rust", "Server-Betrieb", "UX", "Flutter"]),
        hours_per_month: Some(5),
        amount_eur: None,
        newcomer: false,
        category: "umwelt-klima".into(),
        districts: vec!["mitte".into()],
    }
}

fn partner(pillars: &[Pillar], offered: &[&str]) -> PartnerFacts {
    PartnerFacts { id: 1, pillars: pillars.to_vec(), skills: skills(offered), ..Default::default() }
}

/// Skills found, with how many were wanted.
fn found(matched: &[&str], wanted: usize) -> Reason {
    Reason::Skills { matched: matched.iter().map(|s| s.to_string()).collect(), wanted }
}

#[test]
fn a_different_pillar_is_never_a_match() {
    let content_only = partner(&[Pillar::Content], &["Rust", "Server-Betrieb", "UX", "Flutter"]);
    assert_eq!(score(&tech_need(), &content_only), None);
}

#[test]
fn concrete_pairs_score_as_fixed_with_their_reasons() {
    let mut full = partner(&[Pillar::Technical], &["rust", "SERVER-BETRIEB", "ux", "Python"]);
    full.hours_per_month = Some(8);
    full.categories = vec!["umwelt-klima".into()];
    full.districts = vec!["mitte".into()];
    let tech = Reason::Pillar(Pillar::Technical);
    let cases: Vec<(&str, PartnerFacts, u32, Vec<Reason>)> = vec![
        ("pillar only", partner(&[Pillar::Technical], &[]), 40, vec![tech.clone()]),
        (
            "one of four skills",
            partner(&[Pillar::Technical, Pillar::Content], &["Flutter"]),
            47,
            vec![tech.clone(), found(&["Flutter"], 4)],
        ),
        (
            "everything but one skill",
            full,
            40 + 22 + 10 + 10 + 5,
            vec![
                tech.clone(),
                found(&["Rust", "Server-Betrieb", "UX"], 4),
                Reason::Hours { offered: 8, needed: 5 },
                Reason::Category("umwelt-klima".into()),
                Reason::District("mitte".into()),
            ],
        ),
    ];
    for (name, p, expected, reasons) in cases {
        let m = score(&tech_need(), &p).unwrap_or_else(|| panic!("{name}: no match"));
        assert_eq!(m.score, expected, "{name}");
        assert_eq!(m.reasons, reasons, "{name}");
    }
}

#[test]
fn money_counts_budget_not_hours_and_a_newcomer_task_says_so() {
    let need = NeedFacts {
        id: 3,
        pillar: Some(Pillar::Financial),
        amount_eur: Some(180),
        hours_per_month: Some(2),
        newcomer: true,
        category: "mobilitaet".into(),
        ..Default::default()
    };
    let mut rich = partner(&[Pillar::Financial], &[]);
    rich.budget_eur = Some(500);
    rich.hours_per_month = Some(10);
    let m = score(&need, &rich).expect("financial partner matches");
    let budget = Reason::Budget { offered: 500, needed: 180 };
    assert_eq!(m.reasons, [Reason::Pillar(Pillar::Financial), budget, Reason::Newcomer]);
    assert_eq!(m.score, 40 + 15 + 5);

    let mut modest = partner(&[Pillar::Financial], &[]);
    modest.budget_eur = Some(60);
    let m = score(&need, &modest).expect("a part is still a match");
    assert_eq!(m.reasons[1], Reason::Budget { offered: 60, needed: 180 });
    assert_eq!(m.score, 40 + 5 + 5);
}

#[test]
fn fewer_hours_than_needed_earn_a_share() {
    let mut p = partner(&[Pillar::Technical], &[]);
    p.hours_per_month = Some(2);
    let m = score(&tech_need(), &p).expect("match");
    assert_eq!(m.reasons[1], Reason::Hours { offered: 2, needed: 5 });
    assert_eq!(m.score, 40 + 4);
}

#[test]
fn ranking_is_by_score_then_id_and_leaves_out_other_pillars() {
    let mut strong = partner(&[Pillar::Technical], &["Rust"]);
    strong.id = 9;
    let mut weak_low_id = partner(&[Pillar::Technical], &[]);
    weak_low_id.id = 2;
    let mut weak_high_id = partner(&[Pillar::Technical], &[]);
    weak_high_id.id = 5;
    let mut other = partner(&[Pillar::Financial], &["Rust"]);
    other.id = 1;
    let all = [weak_high_id, other, strong, weak_low_id];
    let ids: Vec<i32> = rank_partners(&tech_need(), &all, 10).iter().map(|(p, _)| p.id).collect();
    assert_eq!(ids, [9, 2, 5]);
    assert_eq!(rank_partners(&tech_need(), &all, 1).len(), 1);
}

#[test]
fn skill_lists_are_split_trimmed_and_kept_once() {
    let parsed = parse_skills("Rust, rust ; UX\n\n Barrierefreiheit,BARRIEREFREIHEIT,");
    let names: Vec<&str> = parsed.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Rust", "UX", "Barrierefreiheit"]);
}

fn any_pillar() -> impl Strategy<Value = Pillar> {
    prop_oneof![Just(Pillar::Content), Just(Pillar::Technical), Just(Pillar::Financial)]
}

const WORDS: &[&str] = &["Rust", "UX", "Recht", "Redaktion", "Flutter", "Server-Betrieb"];

fn any_skills() -> impl Strategy<Value = Vec<Skill>> {
    proptest::sample::subsequence(WORDS, 0..WORDS.len()).prop_map(|w| skills(&w))
}

prop_compose! {
    fn any_need()(pillar in any_pillar(), skills in any_skills(),
        hours in proptest::option::of(0u32..40), amount in proptest::option::of(0u32..5000),
        newcomer in any::<bool>(), district in 0usize..3)
        -> NeedFacts {
        let districts =
            ["mitte", "nord", "ost"][..district].iter().map(|d| d.to_string()).collect();
        NeedFacts { id: 1, pillar: Some(pillar), skills, hours_per_month: hours, amount_eur: amount,
            newcomer, category: "umwelt-klima".into(), districts }
    }
}

prop_compose! {
    fn any_partner()(pillars in proptest::sample::subsequence(Pillar::ALL.to_vec(), 0..3),
        skills in any_skills(), hours in proptest::option::of(0u32..40),
        budget in proptest::option::of(0u32..5000), cares in any::<bool>(), home in any::<bool>())
        -> PartnerFacts {
        PartnerFacts { id: 2, pillars, skills, hours_per_month: hours, budget_eur: budget,
            categories: if cares { vec!["umwelt-klima".into()] } else { vec![] },
            districts: if home { vec!["nord".into()] } else { vec![] } }
    }
}

proptest! {
    #[test]
    fn adding_a_wanted_skill_never_lowers_the_score(
        need in any_need(),
        mut p in any_partner(),
        pick in 0usize..6,
    ) {
        let before = score(&need, &p).map_or(0, |m| m.score);
        if let Some(skill) = need.skills.get(pick % need.skills.len().max(1)) {
            p.skills.push(skill.clone());
        }
        let after = score(&need, &p).map_or(0, |m| m.score);
        prop_assert!(after >= before, "{before} -> {after}");
    }

    #[test]
    fn every_score_is_the_sum_of_its_explained_reasons(need in any_need(), p in any_partner()) {
        if let Some(m) = score(&need, &p) {
            prop_assert_eq!(m.score, m.reasons.iter().map(Reason::points).sum::<u32>());
            prop_assert!(p.pillars.contains(&need.pillar.unwrap_or(Pillar::Content)));
        } else {
            prop_assert!(need.pillar.is_none_or(|pl| !p.pillars.contains(&pl)));
        }
    }
}
