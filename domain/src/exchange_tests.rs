use super::*;

fn muenster() -> Instance {
    Instance::parse(include_str!("../../instance/muenster.toml")).expect("instance parses")
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn fields_of(e: &[Invalid]) -> Vec<&str> {
    crate::problem::fields(e)
}

#[test]
fn b20_a_partner_ticks_several_pillars_districts_and_categories() {
    let posted = pairs(&[
        ("kind", "verein"),
        ("display_name", "Code for Münster e. V."),
        ("pillar", "technik"),
        ("pillar", "inhalt"),
        ("pillar", "technik"),
        ("skills", "Rust, UX"),
        ("hours", "8"),
        ("category", "umwelt-klima"),
        ("category", "mobilitaet"),
        ("district", "mitte"),
        ("district", "nord"),
        ("listed", "ja"),
    ]);
    let p = check_partner(&Fields(&posted), &muenster()).expect("valid profile");
    assert_eq!(p.pillars, [Pillar::Technical, Pillar::Content]);
    assert_eq!(p.categories, ["umwelt-klima", "mobilitaet"]);
    assert_eq!(p.districts, ["mitte", "nord"]);
    assert_eq!(p.hours_per_month, Some(8));
    assert!(p.listed);
}

#[test]
fn a_partner_without_pillar_kind_or_with_a_made_up_place_is_told_each_in_german() {
    let posted = pairs(&[
        ("display_name", "Anna"),
        ("hours", "viele"),
        ("district", "atlantis"),
        ("budget", "-5"),
    ]);
    let errors = check_partner(&Fields(&posted), &muenster()).expect_err("invalid");
    assert_eq!(fields_of(&errors), ["kind", "pillars", "hours", "budget", "districts"]);
    let not_whole = Problem::NotWholeNumber { label: Label::HoursPerMonth, max: 200 };
    assert_eq!(errors[2].problem, not_whole);
    assert_eq!(errors[4].problem, Problem::UnknownPlace);
}

#[test]
fn b26_a_partner_name_with_a_link_is_refused() {
    let posted = pairs(&[
        ("kind", "person"),
        ("display_name", "Billig kaufen https://spam.example"),
        ("pillar", "technik"),
    ]);
    let errors = check_partner(&Fields(&posted), &muenster()).expect_err("spam name");
    assert_eq!(fields_of(&errors), ["display_name"]);
}

#[test]
fn b08_a_need_title_is_counted_in_characters_and_money_needs_an_amount() {
    let umlauts = "ä".repeat(200);
    let ok =
        pairs(&[("pillar", "technik"), ("title", &umlauts), ("hours", "4"), ("newcomer", "ja")]);
    let need = check_need(&Fields(&ok)).expect("200 umlauts fit");
    assert!(need.newcomer);
    assert_eq!(need.hours_per_month, Some(4));

    let long = "ä".repeat(201);
    let bad = pairs(&[("pillar", "finanzen"), ("title", &long)]);
    let errors = check_need(&Fields(&bad)).expect_err("too long, no amount");
    assert_eq!(fields_of(&errors), ["title", "amount"]);
    let too_long = Problem::TooLong { label: Label::Title, max: 200, count: 201 };
    assert_eq!(errors[0].problem, too_long);
}

#[test]
fn a_need_filled_outside_the_platform_names_its_pate_and_states_are_known() {
    let filled = pairs(&[("pillar", "inhalt"), ("title", "Texte"), ("state", "besetzt")]);
    let errors = check_need(&Fields(&filled)).expect_err("filled without Pate");
    assert_eq!(fields_of(&errors), ["pate"]);
    let mut named = filled.clone();
    named.push(("pate".into(), "Stadtbücherei Münster".into()));
    let need = check_need(&Fields(&named)).expect("filled with Pate");
    assert_eq!(need.state, NeedState::Filled);
    assert_eq!(need.pate.as_deref(), Some("Stadtbücherei Münster"));

    let talks =
        pairs(&[("pillar", "inhalt"), ("title", "T"), ("state", "im-gespraech"), ("pate", "X")]);
    let need = check_need(&Fields(&talks)).expect("in talks");
    assert_eq!((need.state, need.pate), (NeedState::InTalks, None), "only a filled need names one");
    let odd = pairs(&[("pillar", "inhalt"), ("title", "T"), ("state", "erledigt")]);
    assert_eq!(fields_of(&check_need(&Fields(&odd)).expect_err("unknown")), ["state"]);
}

#[test]
fn a_visitor_offer_needs_name_address_consent_and_a_message() {
    let errors = check_offer(&Fields(&pairs(&[("email", "kein-at")])), true).expect_err("empty");
    assert_eq!(fields_of(&errors), ["name", "email", "message", "consent"], "the form's order");

    let member = pairs(&[("message", "Ich kann Rust.")]);
    let offer = check_offer(&Fields(&member), false).expect("logged in needs only a message");
    assert_eq!(offer.visitor, None);

    let visitor = pairs(&[
        ("message", "Ich helfe gern."),
        ("name", "Jana Beispiel"),
        ("email", " Jana@Example.ORG "),
        ("consent", "ja"),
        ("stay_unnamed", "ja"),
    ]);
    let offer = check_offer(&Fields(&visitor), true).expect("complete visitor offer");
    assert_eq!(offer.visitor, Some(("Jana Beispiel".into(), "jana@example.org".into())));
    assert!(offer.stay_unnamed);
}

#[test]
fn lists_survive_their_text_column() {
    assert_eq!(split(&join(&["technik", "inhalt"])), ["technik", "inhalt"]);
    assert!(split("").is_empty());
}
