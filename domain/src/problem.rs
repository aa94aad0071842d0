//! What can be wrong with what a person typed, as typed values rather than sentences.
//!
//! The rules in this crate decide *that* something is wrong and which numbers matter; the app
//! words each problem from its translation files, so no rule carries a language of its own and
//! a new locale needs no change here.

/// The label of a checked field, as the message names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// The project's name.
    ProjectName,
    /// The project's teaser.
    Teaser,
    /// The project's Markdown description.
    Description,
    /// Where the project comes from.
    Origin,
    /// The title of a need in the application form.
    NeedTitle,
    /// The name of the person filling in the form.
    YourName,
    /// The proposer's organisation.
    Organisation,
    /// The address of the project's site.
    ProjectUrl,
    /// The address of the source code.
    RepositoryUrl,
    /// A name shown publicly (partner profile, operator command).
    PublicName,
    /// Hours a month offered or needed.
    HoursPerMonth,
    /// A partner's yearly budget.
    BudgetPerYear,
    /// The title of a need.
    Title,
    /// A need's yearly amount.
    AmountPerYear,
    /// The Pate named on a filled need.
    Pate,
    /// The message that comes with an offer.
    YourMessage,
}

/// One thing wrong with an input, with the values its message needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A required text is blank.
    Blank(Label),
    /// A text is longer than allowed, counted in characters.
    TooLong {
        /// The field.
        label: Label,
        /// Most characters allowed.
        max: usize,
        /// Characters given.
        count: usize,
    },
    /// A name contains a web address (spam, B26).
    WebAddressInName(Label),
    /// No e-mail address given.
    EmailMissing,
    /// The e-mail address is longer than allowed.
    EmailTooLong {
        /// Most characters allowed.
        max: usize,
    },
    /// The text is not shaped like an e-mail address.
    EmailInvalid,
    /// The password is too short.
    PasswordTooShort {
        /// Fewest characters allowed.
        min: usize,
        /// Characters given.
        count: usize,
    },
    /// The password is too long.
    PasswordTooLong {
        /// Most characters allowed.
        max: usize,
    },
    /// The password is on the list of the most common ones.
    PasswordCommon,
    /// The password is the account's own address.
    PasswordIsEmail,
    /// A required web address is missing.
    UrlMissing(Label),
    /// A web address is not http(s) with a host.
    UrlNotWeb(Label),
    /// A web address carries user name or password.
    UrlWithCredentials(Label),
    /// A repository address names only the server.
    RepositoryWithoutPath,
    /// No licence given.
    LicenceMissing,
    /// The licence is no SPDX expression.
    LicenceNotSpdx {
        /// The licence as typed, shortened for display.
        shown: String,
    },
    /// The licence is not approved by the OSI.
    LicenceNotOsi {
        /// The licence in its current SPDX form, shortened for display.
        shown: String,
    },
    /// An uploaded file is empty.
    FileEmpty,
    /// An uploaded file is larger than allowed.
    FileTooBig {
        /// The limit in megabytes.
        max_mb: usize,
    },
    /// An uploaded file is no PNG, JPEG or WebP image.
    ImageWrongKind,
    /// An uploaded image cannot be decoded.
    ImageUnreadable,
    /// An uploaded image has too many pixels.
    ImageTooLarge {
        /// Its width.
        width: u32,
        /// Its height.
        height: u32,
        /// The limit in megapixels.
        max_megapixels: u64,
    },
    /// No category chosen, or one the instance does not know.
    ChooseCategory,
    /// No kind of project chosen.
    ChooseKind,
    /// No status chosen.
    ChooseStatus,
    /// An optional choice holds a value that is not in its list.
    ChooseFromList,
    /// The start month is not `YYYY-MM`.
    StartMonthInvalid,
    /// The start month lies outside the years a project can have started in.
    StartMonthOutOfRange {
        /// The earliest year accepted.
        first: i32,
        /// The latest year accepted.
        last: i32,
    },
    /// Too many technologies listed.
    TooManyTechnologies {
        /// Most technologies allowed.
        max: usize,
    },
    /// Running costs are not whole euros within the limit.
    CostsInvalid {
        /// The highest amount allowed.
        max: u32,
    },
    /// A district the instance does not know.
    UnknownDistricts,
    /// The answer for a pillar's need is none of the offered ones.
    ChooseNeedAnswer,
    /// A need's description in the application form is too long.
    NeedTextTooLong {
        /// Most characters allowed.
        max: usize,
    },
    /// The privacy notice was not agreed to.
    PrivacyConsent,
    /// Not every admission criterion was confirmed.
    CriteriaMissing,
    /// A number is higher than allowed.
    NumberTooHigh {
        /// The field.
        label: Label,
        /// The highest number allowed.
        max: u32,
    },
    /// A number is not a whole number from 0 up.
    NotWholeNumber {
        /// The field.
        label: Label,
        /// The highest number allowed.
        max: u32,
    },
    /// A pillar key that does not exist.
    UnknownPillar,
    /// A category key the instance does not know.
    UnknownCategory,
    /// A district key the instance does not know.
    UnknownPlace,
    /// The skills list is too long.
    SkillsTooLong {
        /// Most characters allowed.
        max: usize,
        /// Characters given.
        count: usize,
    },
    /// No kind of partner chosen.
    ChoosePartnerKind,
    /// A partner chose no pillar.
    ChoosePillars,
    /// A description in the partner or need form is too long.
    DescriptionTooLong {
        /// Most characters allowed.
        max: usize,
    },
    /// A need without pillar.
    ChooseNeedPillar,
    /// "What the money pays for" is too long.
    PaysForTooLong {
        /// Most characters allowed.
        max: usize,
    },
    /// A financial need without amount.
    AmountMissing,
    /// A need state that does not exist.
    ChooseNeedState,
}

/// A problem and the form field it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    /// The id of the input the message belongs to.
    pub field: String,
    /// What is wrong.
    pub problem: Problem,
}

impl Invalid {
    /// The problem `problem` of the field `field`.
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        Self { field: field.into(), problem }
    }
}

/// The fields of a list of problems, in order, for tests and logs.
pub fn fields(invalid: &[Invalid]) -> Vec<&str> {
    invalid.iter().map(|i| i.field.as_str()).collect()
}

/// The problem of `field`, if it has one.
pub fn problem_for<'a>(invalid: &'a [Invalid], field: &str) -> Option<&'a Problem> {
    invalid.iter().find(|i| i.field == field).map(|i| &i.problem)
}
