//! Puts what `domain` decides into words from the translation files: here the problems with
//! an input, in `facts` match reasons, months, Berlin times and changed fields.
//!
//! The match over problems is exhaustive, so a new problem in `domain` does not compile until
//! it has a sentence here and in `locales/de.json`.

mod facts;

use domain::problem::{Invalid, Label, Problem};
use domain::proposal::FieldError;

pub use self::facts::{changes, date_time, month, reason};
use crate::i18n::*;

/// The language the server words messages in; the platform serves German only so far.
const LOCALE: Locale = Locale::de;

/// The field's label as a message names it.
pub fn label(label: Label) -> String {
    let l = LOCALE;
    match label {
        Label::ProjectName => td_string!(l, label.project_name).to_string(),
        Label::Teaser => td_string!(l, label.teaser).to_string(),
        Label::Description => td_string!(l, label.description).to_string(),
        Label::Origin => td_string!(l, label.origin).to_string(),
        Label::NeedTitle => td_string!(l, label.need_title).to_string(),
        Label::YourName => td_string!(l, label.your_name).to_string(),
        Label::Organisation => td_string!(l, label.organisation).to_string(),
        Label::ProjectUrl => td_string!(l, label.project_url).to_string(),
        Label::RepositoryUrl => td_string!(l, label.repository_url).to_string(),
        Label::PublicName => td_string!(l, label.public_name).to_string(),
        Label::HoursPerMonth => td_string!(l, label.hours_per_month).to_string(),
        Label::BudgetPerYear => td_string!(l, label.budget_per_year).to_string(),
        Label::Title => td_string!(l, label.title).to_string(),
        Label::AmountPerYear => td_string!(l, label.amount_per_year).to_string(),
        Label::Pate => td_string!(l, label.pate).to_string(),
        Label::YourMessage => td_string!(l, label.your_message).to_string(),
    }
}

/// The problem as a sentence that says what is wrong and how to put it right.
pub fn say(problem: &Problem) -> String {
    let l = LOCALE;
    let examples = || td_string!(l, invalid.licence_examples).to_string();
    match problem {
        Problem::Blank(field) => td_string!(l, invalid.blank, label = label(*field)).to_string(),
        Problem::TooLong { label: field, max, count } => td_string!(
            l,
            invalid.too_long,
            label = label(*field),
            max = num(max),
            count = num(count)
        )
        .to_string(),
        Problem::WebAddressInName(field) => {
            td_string!(l, invalid.web_address_in_name, label = label(*field)).to_string()
        }
        Problem::UrlMissing(field) => {
            td_string!(l, invalid.url_missing, label = label(*field)).to_string()
        }
        Problem::UrlNotWeb(field) => {
            td_string!(l, invalid.url_not_web, label = label(*field)).to_string()
        }
        Problem::UrlWithCredentials(field) => {
            td_string!(l, invalid.url_with_credentials, label = label(*field)).to_string()
        }
        Problem::NumberTooHigh { label: field, max } => {
            td_string!(l, invalid.number_too_high, label = label(*field), max = num(max))
                .to_string()
        }
        Problem::NotWholeNumber { label: field, max } => {
            td_string!(l, invalid.not_whole_number, label = label(*field), max = num(max))
                .to_string()
        }
        Problem::EmailMissing => td_string!(l, invalid.email_missing).to_string(),
        Problem::EmailInvalid => td_string!(l, problem.email_invalid).to_string(),
        Problem::PasswordCommon => td_string!(l, invalid.password_common).to_string(),
        Problem::PasswordIsEmail => td_string!(l, invalid.password_is_email).to_string(),
        Problem::RepositoryWithoutPath => {
            td_string!(l, invalid.repository_without_path).to_string()
        }
        Problem::LicenceMissing => {
            td_string!(l, invalid.licence_missing, examples = examples()).to_string()
        }
        Problem::LicenceNotSpdx { shown } => {
            td_string!(l, invalid.licence_not_spdx, shown = shown, examples = examples())
                .to_string()
        }
        Problem::LicenceNotOsi { shown } => {
            td_string!(l, invalid.licence_not_osi, shown = shown, examples = examples()).to_string()
        }
        Problem::FileEmpty => td_string!(l, invalid.file_empty).to_string(),
        Problem::ImageWrongKind => td_string!(l, invalid.image_wrong_kind).to_string(),
        Problem::ImageUnreadable => td_string!(l, invalid.image_damaged).to_string(),
        Problem::ChooseCategory => td_string!(l, invalid.choose_category).to_string(),
        Problem::ChooseKind => td_string!(l, invalid.choose_kind).to_string(),
        Problem::ChooseStatus => td_string!(l, invalid.choose_status).to_string(),
        Problem::ChooseFromList => td_string!(l, invalid.choose_from_list).to_string(),
        Problem::StartMonthInvalid => td_string!(l, invalid.start_month_invalid).to_string(),
        Problem::StartMonthOutOfRange { first, last } => {
            td_string!(l, invalid.start_month_out_of_range, first = first, last = last).to_string()
        }
        Problem::CostsInvalid { max } => {
            td_string!(l, invalid.costs_invalid, max = num(max)).to_string()
        }
        Problem::UnknownDistricts => td_string!(l, invalid.unknown_districts).to_string(),
        Problem::ChooseNeedAnswer => td_string!(l, invalid.choose_need_answer).to_string(),
        Problem::PrivacyConsent => td_string!(l, invalid.privacy_consent).to_string(),
        Problem::CriteriaMissing => td_string!(l, invalid.criteria_missing).to_string(),
        Problem::UnknownPillar => td_string!(l, invalid.unknown_pillar).to_string(),
        Problem::UnknownCategory => td_string!(l, invalid.unknown_category).to_string(),
        Problem::UnknownPlace => td_string!(l, invalid.unknown_place).to_string(),
        Problem::ChoosePartnerKind => td_string!(l, invalid.choose_partner_kind).to_string(),
        Problem::ChoosePillars => td_string!(l, invalid.choose_pillars).to_string(),
        Problem::ChooseNeedPillar => td_string!(l, invalid.choose_need_pillar).to_string(),
        Problem::AmountMissing => td_string!(l, invalid.amount_missing).to_string(),
        Problem::ChooseNeedState => td_string!(l, invalid.choose_need_state).to_string(),
        Problem::EmailTooLong { max } => {
            td_string!(l, invalid.email_too_long, max = num(max)).to_string()
        }
        Problem::PasswordTooShort { min, count } => {
            td_string!(l, invalid.password_too_short, min = num(min), count = num(count))
                .to_string()
        }
        Problem::PasswordTooLong { max } => {
            td_string!(l, invalid.password_too_long, max = num(max)).to_string()
        }
        Problem::FileTooBig { max_mb } => {
            td_string!(l, invalid.file_too_big, max = max_mb).to_string()
        }
        Problem::ImageTooLarge { width, height, max_megapixels } => td_string!(
            l,
            invalid.image_too_large,
            width = width,
            height = height,
            max = max_megapixels
        )
        .to_string(),
        Problem::TooManyTechnologies { max } => {
            td_string!(l, invalid.too_many_technologies, max = num(max)).to_string()
        }
        Problem::NeedTextTooLong { max } => {
            td_string!(l, invalid.need_text_too_long, max = num(max)).to_string()
        }
        Problem::SkillsTooLong { max, count } => {
            td_string!(l, invalid.skills_too_long, max = num(max), count = num(count)).to_string()
        }
        Problem::DescriptionTooLong { max } => {
            td_string!(l, invalid.description_too_long, max = num(max)).to_string()
        }
        Problem::PaysForTooLong { max } => {
            td_string!(l, invalid.pays_for_too_long, max = num(max)).to_string()
        }
    }
}

/// A count or limit as German text writes it: `20.000`.
pub fn num(n: impl ToString) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    grouped
}

/// The problems of a form as the messages shown beside its fields.
pub fn field_errors(invalid: Vec<Invalid>) -> Vec<FieldError> {
    invalid.into_iter().map(|i| FieldError { message: say(&i.problem), field: i.field }).collect()
}

/// One field's message.
pub fn field_error(field: &str, problem: &Problem) -> FieldError {
    FieldError { field: field.into(), message: say(problem) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b08_a_name_too_long_is_told_with_both_counts_in_german() {
        let problem = Problem::TooLong { label: Label::ProjectName, max: 200, count: 201 };
        assert_eq!(
            say(&problem),
            "Der Projektname darf höchstens 200 Zeichen lang sein (jetzt 201)."
        );
        assert_eq!(
            say(&Problem::Blank(Label::Teaser)),
            "Die Kurzbeschreibung darf nicht leer sein."
        );
    }

    #[test]
    fn b26_a_name_with_a_link_is_refused_in_german() {
        let problem = Problem::WebAddressInName(Label::YourName);
        assert_eq!(say(&problem), "Ihr Name darf keine Web-Adresse enthalten.");
    }

    #[test]
    fn b14_upload_problems_are_told_in_german() {
        assert_eq!(say(&Problem::FileTooBig { max_mb: 5 }), "Datei zu groß, max. 5 MB.");
        let huge = Problem::ImageTooLarge { width: 30_000, height: 30_000, max_megapixels: 40 };
        assert_eq!(
            say(&huge),
            "Das Bild ist mit 30000×30000 Pixeln zu groß; höchstens 40 Megapixel."
        );
    }

    #[test]
    fn licence_refusals_name_examples() {
        let cc = say(&Problem::LicenceNotOsi { shown: "CC-BY-4.0".into() });
        assert!(cc.starts_with("„CC-BY-4.0“ ist keine von der OSI anerkannte"), "{cc}");
        assert!(cc.contains("EUPL-1.2"), "{cc}");
        assert!(say(&Problem::LicenceMissing).contains("SPDX-Kennung an, zum Beispiel MIT"));
    }

    #[test]
    fn numbers_name_their_field() {
        let high = Problem::NumberTooHigh { label: Label::HoursPerMonth, max: 200 };
        assert_eq!(say(&high), "Stunden im Monat: höchstens 200.");
        let comma = say(&Problem::NotWholeNumber { label: Label::BudgetPerYear, max: 10_000_000 });
        assert_eq!(
            comma,
            "Budget im Jahr: bitte eine ganze Zahl von 0 bis 10.000.000 angeben, ohne Komma."
        );
        let text = Problem::TooLong { label: Label::Description, max: 20_000, count: 20_002 };
        assert!(say(&text).ends_with("höchstens 20.000 Zeichen lang sein (jetzt 20.002)."));
    }
}
