//! Instants are stored in UTC and shown in Europe/Berlin, whatever zone the server or the
//! browser runs in. Formatting happens on the server only, so the hydrated page shows exactly
//! the text the server rendered.

use chrono::{DateTime, LocalResult, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Berlin;

/// Formats an instant as a German date in Berlin, e.g. `01.01.2026`.
pub fn date_de(instant: DateTime<Utc>) -> String {
    instant.with_timezone(&Berlin).format("%d.%m.%Y").to_string()
}

/// The Berlin calendar day of an instant as `YYYY-MM-DD`, e.g. for sitemaps.
pub fn iso_day_berlin(instant: DateTime<Utc>) -> String {
    instant.with_timezone(&Berlin).format("%Y-%m-%d").to_string()
}

/// Formats an instant as date and time in Berlin, e.g. `26.10.2025, 02:30`, and says whether
/// summer time applies there then; the app adds the zone's name (`MESZ` or `MEZ`).
pub fn berlin_date_time(instant: DateTime<Utc>) -> (String, bool) {
    let local = instant.with_timezone(&Berlin);
    let summer = local.format("%Z").to_string() == "CEST";
    (local.format("%d.%m.%Y, %H:%M").to_string(), summer)
}

/// Reads a `YYYY-MM-DD` date as the start of that day in Berlin, as a UTC instant.
pub fn berlin_day_start(date: &str) -> Option<DateTime<Utc>> {
    let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let midnight = day.and_hms_opt(0, 0, 0)?;
    match Berlin.from_local_datetime(&midnight) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Some(t.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

/// Reads a `YYYY-MM` month as year and month number (1 to 12); `None` for anything else.
/// The app words it, so month names live in the translations.
pub fn year_month(raw: &str) -> Option<(i32, u32)> {
    let (year, month) = raw.split_once('-')?;
    let month = month.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?;
    Some((year.parse().ok()?, month))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn b13_instants_around_summer_time_show_in_berlin() {
        assert_eq!(
            berlin_date_time(at("2025-03-30T01:30:00Z")),
            ("30.03.2025, 03:30".into(), true)
        );
        assert_eq!(
            berlin_date_time(at("2025-10-26T00:30:00Z")),
            ("26.10.2025, 02:30".into(), true)
        );
        assert_eq!(
            berlin_date_time(at("2025-10-26T01:30:00Z")),
            ("26.10.2025, 02:30".into(), false)
        );
        assert_eq!(
            berlin_date_time(at("2025-11-05T22:15:00Z")),
            ("05.11.2025, 23:15".into(), false)
        );
    }

    #[test]
    fn b13_new_year_rolls_over_in_berlin_not_in_utc() {
        assert_eq!(date_de(at("2025-12-31T23:30:00Z")), "01.01.2026");
        assert_eq!(
            berlin_date_time(at("2025-12-31T23:30:00Z")),
            ("01.01.2026, 00:30".into(), false)
        );
    }

    #[test]
    fn months_are_read_as_year_and_number() {
        assert_eq!(year_month("2021-10"), Some((2021, 10)));
        assert_eq!(year_month("2020-03"), Some((2020, 3)));
        assert_eq!(year_month("2020-13"), None);
        assert_eq!(year_month("2020-00"), None);
        assert_eq!(year_month("März"), None);
    }

    #[test]
    fn b13_the_iso_day_is_the_berlin_day() {
        assert_eq!(iso_day_berlin(at("2022-08-14T22:00:00Z")), "2022-08-15");
    }

    #[test]
    fn a_day_starts_at_berlin_midnight() {
        assert_eq!(berlin_day_start("2022-08-15"), Some(at("2022-08-14T22:00:00Z")));
        assert_eq!(berlin_day_start("2022-01-15"), Some(at("2022-01-14T23:00:00Z")));
        assert_eq!(berlin_day_start("15.08.2022"), None);
    }
}
