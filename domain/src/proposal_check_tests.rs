use super::*;
use crate::problem::problem_for as error_for;
use crate::proposal::NeedInput;

fn instance() -> Instance {
    Instance::parse(include_str!("../../instance/muenster.toml")).expect("shipped instance")
}

/// A form that passes every check: the B05 example project.
fn valid() -> ProposalForm {
    ProposalForm {
        name: "Mängelmelder Musterstadt".into(),
        teaser: "Schäden im Stadtbild melden.".into(),
        description: "Bürger:innen melden **Schlaglöcher**.".into(),
        category: "buergerservice".into(),
        kind: "app".into(),
        status: "live".into(),
        origin: "Münster".into(),
        start_month: "2024-03".into(),
        technologies: "Rust, Leptos\nSQLite, rust".into(),
        licence: "EUPL-1.2".into(),
        repository_url: "https://codeberg.org/musterstadt/maengelmelder".into(),
        yearly_costs: "1.200 €".into(),
        districts: vec!["mitte".into()],
        need_technik: NeedInput {
            choice: "offen".into(),
            title: "Server-Betrieb".into(),
            text: "Jemand muss Updates einspielen.".into(),
        },
        need_finanzen: NeedInput { choice: "kein".into(), ..Default::default() },
        contact_name: "Erika Beispiel".into(),
        contact_email: "Erika.Beispiel@example.org".into(),
        privacy_consent: true,
        criteria: CRITERIA.iter().map(|c| c.to_string()).collect(),
        ..Default::default()
    }
}

fn errors_of(form: &ProposalForm) -> Vec<Invalid> {
    check(form, &instance(), true).expect_err("the form should be refused")
}

#[test]
fn a_complete_form_becomes_the_profile_to_publish() {
    let checked = check(&valid(), &instance(), true).expect("valid form");
    let p = checked.profile;
    assert_eq!(p.name, "Mängelmelder Musterstadt");
    assert_eq!(p.technologies, ["Rust", "Leptos", "SQLite"]);
    assert_eq!(p.yearly_costs_eur, Some(1200));
    assert_eq!(p.needs.len(), 1);
    assert_eq!(p.needs[0].pillar, Pillar::Technical);
    assert_eq!(p.no_need, [Pillar::Financial]);
    let contact = checked.contact.expect("contact asked for");
    assert_eq!(contact.email, "erika.beispiel@example.org");
}

#[test]
fn b08_name_of_two_hundred_umlauts_passes_and_one_more_fails() {
    let mut form = valid();
    form.name = "ä".repeat(200);
    assert!(check(&form, &instance(), true).is_ok());
    form.name.push('ö');
    let errors = errors_of(&form);
    let too_long = Problem::TooLong { label: Label::ProjectName, max: 200, count: 201 };
    assert_eq!(error_for(&errors, "name"), Some(&too_long));
}

#[test]
fn teaser_and_description_limits_count_characters() {
    let mut form = valid();
    form.teaser = "ß".repeat(301);
    form.description = "ü".repeat(20_001);
    let errors = errors_of(&form);
    let teaser = Problem::TooLong { label: Label::Teaser, max: 300, count: 301 };
    assert_eq!(error_for(&errors, "teaser"), Some(&teaser));
    let description = Problem::TooLong { label: Label::Description, max: 20_000, count: 20_001 };
    assert_eq!(error_for(&errors, "description"), Some(&description));
}

#[test]
fn licences_outside_osi_are_refused_beside_the_licence_field() {
    for bad in ["CC-BY-4.0", "Proprietär", ""] {
        let mut form = valid();
        form.licence = bad.into();
        let errors = errors_of(&form);
        assert_eq!(errors.len(), 1, "only the licence is wrong: {errors:?}");
        assert_eq!(error_for(&errors, "licence"), domain_licence_problem(bad).as_ref());
    }
    let mut form = valid();
    form.licence = "MIT OR Apache-2.0".into();
    assert_eq!(check(&form, &instance(), true).unwrap().profile.licence, "MIT OR Apache-2.0");
}

/// The licence rule's own verdict, which the form check must pass on unchanged.
fn domain_licence_problem(raw: &str) -> Option<Problem> {
    crate::licence::judge(raw).err()
}

#[test]
fn b09_a_repository_without_path_is_refused() {
    let mut form = valid();
    form.repository_url = "https://github.com/".into();
    let errors = errors_of(&form);
    assert_eq!(error_for(&errors, "repository_url"), Some(&Problem::RepositoryWithoutPath));
}

#[test]
fn every_admission_criterion_must_be_confirmed() {
    let mut form = valid();
    form.criteria.retain(|c| c != "nichtkommerziell");
    assert!(error_for(&errors_of(&form), "criterion").is_some());
}

#[test]
fn all_errors_show_at_once_each_beside_its_field() {
    let form = ProposalForm::default();
    let errors = errors_of(&form);
    for field in
        ["name", "teaser", "description", "category", "kind", "status", "origin", "licence"]
    {
        assert!(error_for(&errors, field).is_some(), "{field} should have a message");
    }
    for field in ["repository_url", "contact_name", "contact_email", "privacy_consent"] {
        assert!(error_for(&errors, field).is_some(), "{field} should have a message");
    }
}

#[test]
fn an_open_need_needs_a_title_and_unknown_values_are_refused() {
    let mut form = valid();
    form.need_inhalt = NeedInput { choice: "offen".into(), ..Default::default() };
    form.category = "erfunden".into();
    form.districts = vec!["atlantis".into()];
    form.yearly_costs = "viel".into();
    form.start_month = "März".into();
    let errors = errors_of(&form);
    assert_eq!(error_for(&errors, "need_inhalt_title"), Some(&Problem::Blank(Label::NeedTitle)));
    assert_eq!(error_for(&errors, "category"), Some(&Problem::ChooseCategory));
    assert_eq!(error_for(&errors, "district"), Some(&Problem::UnknownDistricts));
    assert_eq!(
        error_for(&errors, "yearly_costs"),
        Some(&Problem::CostsInvalid { max: 10_000_000 })
    );
    assert_eq!(error_for(&errors, "start_month"), Some(&Problem::StartMonthInvalid));
}

#[test]
fn a_start_month_centuries_away_is_refused() {
    for month in ["1800-01", "2999-01"] {
        let mut form = valid();
        form.start_month = month.into();
        let refused = errors_of(&form);
        let problem = error_for(&refused, "start_month");
        assert!(
            matches!(problem, Some(Problem::StartMonthOutOfRange { first: 1990, .. })),
            "{month}"
        );
    }
}

#[test]
fn b26_a_contact_name_with_a_link_is_refused_but_logged_in_users_give_none() {
    let mut form = valid();
    form.contact_name = "Gewinne 1000 € jetzt: https://spam.example/x".into();
    assert!(error_for(&errors_of(&form), "contact_name").is_some());
    let checked = check(&form, &instance(), false).expect("no contact asked for");
    assert!(checked.contact.is_none());
}
